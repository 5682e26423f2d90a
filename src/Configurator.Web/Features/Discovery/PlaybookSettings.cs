using Configurator.Domain.Discovery;
using Configurator.Web.Localization;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// Reads the playbook from the <c>Playbook</c> configuration section, keyed by stage code:
/// <c>"Playbook": { "discovery": [ { "Text": "…", "zh-CN": "…", "Check": "pain-points", "Minimum": 3 } ] }</c>.
/// <c>Text</c> is the action in English; a language code beside it (<c>zh-CN</c>) gives it in that language.
/// A stage left out has no actions; no section at all means <see cref="Playbook.Default"/>.
/// </summary>
public static class PlaybookSettings
{
    public sealed class ActionSettings
    {
        public string? Text { get; set; }

        public string? Check { get; set; }

        public int Minimum { get; set; } = 1;
    }

    public static Playbook Load(IConfiguration configuration)
    {
        var section = configuration.GetSection("Playbook");
        if (!section.Exists())
        {
            return Playbook.Default;
        }
        var stages = new Dictionary<OpportunityStage, IReadOnlyList<PlaybookAction>>();
        foreach (var stageSection in section.GetChildren())
        {
            if (!DiscoveryTerms.TryParse<OpportunityStage>(stageSection.Key, out var stage))
            {
                throw new InvalidOperationException($"Playbook: '{stageSection.Key}' is not a stage; use one of {DiscoveryTerms.AllCodes<OpportunityStage>()}.");
            }
            var actions = new List<PlaybookAction>();
            foreach (var (actionSection, index) in stageSection.GetChildren().Select((s, i) => (s, i)))
            {
                var settings = actionSection.Get<ActionSettings>() ?? new ActionSettings();
                var where = $"Playbook:{stageSection.Key}:{index}";
                if (string.IsNullOrWhiteSpace(settings.Text))
                {
                    throw new InvalidOperationException($"{where}: give the action a Text that tells the rep what to do.");
                }
                var check = PlaybookCheck.Manual;
                if (!string.IsNullOrWhiteSpace(settings.Check) && !DiscoveryTerms.TryParse(settings.Check, out check))
                {
                    throw new InvalidOperationException($"{where}: Check '{settings.Check}' is unknown; use one of {DiscoveryTerms.AllCodes<PlaybookCheck>()}.");
                }
                if (settings.Minimum < 1)
                {
                    throw new InvalidOperationException($"{where}: Minimum is a whole number from 1 upwards.");
                }
                var action = new PlaybookAction(settings.Text.Trim(), check, settings.Minimum);
                var translations = Translations(actionSection);
                actions.Add(translations.Count == 0 ? action : action with { Translations = translations });
            }
            stages[stage] = actions;
        }
        return new Playbook(stages);
    }

    /// <summary>The action's texts in the other languages the interface speaks, keyed as <see cref="Languages"/> names them.</summary>
    private static Dictionary<string, string> Translations(IConfigurationSection action) =>
        action.GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value) && Languages.Normalize(c.Key) is { } language && language != Languages.English)
            .ToDictionary(c => Languages.Normalize(c.Key)!, c => c.Value!.Trim(), StringComparer.Ordinal);
}
