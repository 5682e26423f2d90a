using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The timeline in the reader's language. English pages show the sentences as recorded; another language says
/// each again from its pattern's translation and its parts (stages and roles as terms, dates and money in the
/// reader's style, playbook actions in their configured translation). Entries recorded before words were kept
/// show as recorded.
/// </summary>
public sealed class TimelineWords(IStringLocalizer<Text> T, Playbook playbook)
{
    private readonly Dictionary<string, PlaybookAction> _actions = Enum.GetValues<OpportunityStage>()
        .SelectMany(playbook.For).DistinctBy(a => a.Text).ToDictionary(a => a.Text, StringComparer.Ordinal);

    private static bool AsRecorded(TimelineRow row) => row.Words is null || Languages.Current == Languages.English;

    public string Summary(TimelineRow row) => AsRecorded(row) ? row.Summary : Say(row.Words!.Summary);

    public string Detail(TimelineRow row) => AsRecorded(row) ? row.Detail : string.Join(T["; "], row.Words!.Detail.Select(Say));

    private string Say(ActivityText text) => T[text.Pattern, text.Parts.Select(Part).ToArray()];

    private object Part(ActivityPart part) => part.Kind switch
    {
        ActivityPartKind.Person => part.Value.Length > 0 ? part.Value : T[UserNames.FormerUser].Value,
        ActivityPartKind.Term or ActivityPartKind.LowerTerm => T[part.Value].Value,
        ActivityPartKind.Number => Display.Number(part.CountOf()),
        ActivityPartKind.Count => T.Plural(part.CountOf(), part.One, part.Other),
        ActivityPartKind.Date => Display.Date(part.DateOf()),
        ActivityPartKind.Money => part.AmountOf() is { } amount ? Display.WholeMoney(amount, part.One) : T["Unknown"].Value,
        ActivityPartKind.PlaybookActions => string.Join(T["; "], part.Actions().Select(a => _actions.TryGetValue(a, out var action) ? T.Action(action) : a)),
        _ => part.Value,
    };
}
