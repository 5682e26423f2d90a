using System.Globalization;

namespace Configurator.Domain.Catalogue;

/// <summary>
/// Everything that defines an offer item, as one immutable value: what the import reads, the editor
/// posts, the history compares, and a proposal line snapshots.
/// </summary>
public sealed record OfferItemSpec(
    string Code,
    ItemKind Kind,
    string Name,
    string Summary,
    string ProposalText,
    ItemStatus Status,
    PricingModel Model,
    string Unit,
    Percentage MaxDiscountPercent,
    IReadOnlyList<ItemPrice> Prices,
    QuantityBounds Quantity,
    IReadOnlyList<CategoryStrength> Addresses,
    IReadOnlyList<string> Requires,
    IReadOnlyList<string> Excludes,
    IReadOnlyList<string> Differentiators)
{
    /// <summary>The item's words in other languages than the default, by language code (only languages with some text).</summary>
    public IReadOnlyDictionary<string, ItemTexts> Translations { get; init; } = Catalogue.Translations.None<ItemTexts>();

    /// <summary>The item's words in the default language: its own fields.</summary>
    public ItemTexts Texts => new(Name, Summary, ProposalText, Unit, Differentiators);

    /// <summary>The words to show in <paramref name="language"/>, each missing field in the default language.</summary>
    public ItemTexts TextsFor(string language) => ItemTexts.In(language, Texts, Translations);

    /// <summary>The fields that have no translation in <paramref name="language"/> (none for the default language).</summary>
    public IReadOnlyList<string> MissingTexts(string language) => ItemTexts.Missing(language, Texts, Translations);

    public ItemPrice? PriceIn(string currency) => Prices.FirstOrDefault(p => p.Currency == currency);

    /// <summary>The fields that differ from <paramref name="before"/>, in the words a history shows.</summary>
    public IReadOnlyList<FieldChange> DifferencesFrom(OfferItemSpec? before)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, string? old, string now)
        {
            // A new item lists the fields it was created with, leaving out the empty ones.
            if (old != now && !(old is null && now.Length == 0))
            {
                changes.Add(new FieldChange(field, old ?? "", now));
            }
        }
        Compare("Kind", before is null ? null : CatalogueTerms.Label(before.Kind), CatalogueTerms.Label(Kind));
        Compare("Name", before?.Name, Name);
        Compare("Summary", before?.Summary, Summary);
        Compare("Proposal text", before?.ProposalText, ProposalText);
        Compare("Status", before is null ? null : CatalogueTerms.Label(before.Status), CatalogueTerms.Label(Status));
        Compare("Pricing model", before is null ? null : CatalogueTerms.Label(before.Model), CatalogueTerms.Label(Model));
        Compare("Unit", before?.Unit, Unit);
        Compare("Max discount", before is null ? null : Percent(before.MaxDiscountPercent), Percent(MaxDiscountPercent));
        Compare("Prices", before is null ? null : Describe(before.Prices), Describe(Prices));
        Compare("Quantity", before is null ? null : Describe(before.Quantity), Describe(Quantity));
        Compare("Addresses", before is null ? null : Describe(before.Addresses), Describe(Addresses));
        Compare("Requires", before is null ? null : string.Join(", ", before.Requires), string.Join(", ", Requires));
        Compare("Excludes", before is null ? null : string.Join(", ", before.Excludes), string.Join(", ", Excludes));
        Compare("Differentiators", before is null ? null : string.Join(" | ", before.Differentiators), string.Join(" | ", Differentiators));
        foreach (var language in CatalogueLanguages.Translated)
        {
            // A language the item had no words in reads as empty before, so only the fields given show.
            var old = before is null ? null : before.Translations.GetValueOrDefault(language) ?? ItemTexts.Empty;
            var now = Translations.GetValueOrDefault(language) ?? ItemTexts.Empty;
            Compare($"Name ({language})", old?.Name, now.Name);
            Compare($"Summary ({language})", old?.Summary, now.Summary);
            Compare($"Proposal text ({language})", old?.ProposalText, now.ProposalText);
            Compare($"Unit ({language})", old?.Unit, now.Unit);
            Compare($"Differentiators ({language})", old is null ? null : string.Join(" | ", old.Differentiators), string.Join(" | ", now.Differentiators));
        }
        return changes;
    }

    private static string Percent(Percentage value) => value.ToString();

    private static string Describe(IReadOnlyList<ItemPrice> prices) => string.Join("; ", prices
        .OrderBy(p => p.Currency, StringComparer.Ordinal)
        .Select(p => $"{p.Currency} {p.ListPrice.ToString("0.00##", CultureInfo.InvariantCulture)}"
            + (p.UnitCost is { } cost ? $" (cost {cost.ToString("0.00##", CultureInfo.InvariantCulture)})" : "")));

    private static string Describe(QuantityBounds q) => $"{q.Min}–{q.Max}, default {q.Default}";

    private static string Describe(IReadOnlyList<CategoryStrength> addresses) => string.Join(", ", addresses
        .OrderBy(a => a.Category, StringComparer.Ordinal)
        .Select(a => a.ImprovementPercent is { } improvement
            ? $"{a.Category} ({a.Strength}, {improvement.ToString("0.##", CultureInfo.InvariantCulture)}%)"
            : $"{a.Category} ({a.Strength})"));
}
