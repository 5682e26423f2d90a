namespace Configurator.Domain.Catalogue;

/// <summary>
/// The words of an offer item in one language. In a translation an empty field is a missing one, which
/// <see cref="In"/> fills from the default language, field by field.
/// </summary>
public sealed record ItemTexts(string Name, string Summary, string ProposalText, string Unit, IReadOnlyList<string> Differentiators)
{
    public static ItemTexts Empty { get; } = new("", "", "", "", []);

    public bool IsEmpty => this.Equals(Empty);

    /// <summary>
    /// The texts to show in <paramref name="language"/>: each field of its translation, or of
    /// <paramref name="defaults"/> where the translation lacks it. The one place the fallback rule lives.
    /// </summary>
    public static ItemTexts In(string language, ItemTexts defaults, IReadOnlyDictionary<string, ItemTexts> translations)
    {
        if (language == CatalogueLanguages.Default || !translations.TryGetValue(language, out var translated))
        {
            return defaults;
        }
        return new ItemTexts(
            Or(translated.Name, defaults.Name),
            Or(translated.Summary, defaults.Summary),
            Or(translated.ProposalText, defaults.ProposalText),
            Or(translated.Unit, defaults.Unit),
            translated.Differentiators.Count > 0 ? translated.Differentiators : defaults.Differentiators);
    }

    /// <summary>The fields (as the history names them) that <paramref name="defaults"/> has and the translation in <paramref name="language"/> lacks.</summary>
    public static IReadOnlyList<string> Missing(string language, ItemTexts defaults, IReadOnlyDictionary<string, ItemTexts> translations)
    {
        if (language == CatalogueLanguages.Default)
        {
            return [];
        }
        var translated = translations.GetValueOrDefault(language) ?? Empty;
        var missing = new List<string>();
        void Check(string field, bool has, bool lacks)
        {
            if (has && lacks)
            {
                missing.Add(field);
            }
        }
        Check("Name", defaults.Name.Length > 0, translated.Name.Length == 0);
        Check("Summary", defaults.Summary.Length > 0, translated.Summary.Length == 0);
        Check("Proposal text", defaults.ProposalText.Length > 0, translated.ProposalText.Length == 0);
        Check("Unit", defaults.Unit.Length > 0, translated.Unit.Length == 0);
        Check("Differentiators", defaults.Differentiators.Count > 0, translated.Differentiators.Count == 0);
        return missing;
    }

    public bool Equals(ItemTexts? other) => other is not null
        && Name == other.Name && Summary == other.Summary && ProposalText == other.ProposalText && Unit == other.Unit
        && Differentiators.SequenceEqual(other.Differentiators);

    public override int GetHashCode() => HashCode.Combine(Name, Summary, ProposalText, Unit, Differentiators.Count);

    private static string Or(string translated, string fallback) => translated.Length > 0 ? translated : fallback;
}
