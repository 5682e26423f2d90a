namespace Configurator.Domain.Catalogue;

/// <summary>Writes the catalogue in the import format, so an export imports back as a no-op.</summary>
public static class CatalogueFileWriter
{
    /// <summary>
    /// The whole catalogue. Without <paramref name="withUnitCosts"/> every price leaves out its unit cost (for readers
    /// who may not see costs: the field is absent, not zero, and importing the file back keeps the costs).
    /// </summary>
    public static CatalogueFile From(IEnumerable<PainCategorySpec> categories, IEnumerable<OfferItemSpec> items, bool withUnitCosts = true) => new(
        categories.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => (CatalogueFileCategory?)ToFile(c)).ToList(),
        items.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => (CatalogueFileItem?)ToFile(i, withUnitCosts)).ToList());

    public static CatalogueFileItem ToFile(OfferItemSpec spec, bool withUnitCosts = true) => new(
        spec.Code,
        CatalogueTerms.Code(spec.Kind),
        spec.Name,
        spec.Summary,
        spec.ProposalText,
        CatalogueTerms.Code(spec.Status),
        new CatalogueFilePricing(
            CatalogueTerms.Code(spec.Model),
            spec.Unit,
            spec.MaxDiscountPercent.Value,
            spec.Prices.Select(p => (CatalogueFilePrice?)new CatalogueFilePrice(p.Currency, p.ListPrice, withUnitCosts ? p.UnitCost : null)).ToList()),
        new CatalogueFileQuantity(spec.Quantity.Min, spec.Quantity.Max, spec.Quantity.Default),
        spec.Addresses.Select(a => (CatalogueFileAddress?)new CatalogueFileAddress(a.Category, a.Strength) { ImprovementPercent = a.ImprovementPercent }).ToList(),
        spec.Requires.Select(r => (string?)r).ToList(),
        spec.Excludes.Select(e => (string?)e).ToList(),
        spec.Differentiators.Select(d => (string?)d).ToList())
    {
        // Left out when there are none, and an empty field is left out, so a file without translations reads as before.
        Translations = spec.Translations.Count == 0 ? null : spec.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(
            t => t.Key,
            t => (CatalogueFileItemTexts?)new CatalogueFileItemTexts(
                NullIfEmpty(t.Value.Name), NullIfEmpty(t.Value.Summary), NullIfEmpty(t.Value.ProposalText), NullIfEmpty(t.Value.Unit),
                t.Value.Differentiators.Count == 0 ? null : t.Value.Differentiators.Select(d => (string?)d).ToList()),
            StringComparer.Ordinal),
    };

    public static CatalogueFileCategory ToFile(PainCategorySpec spec) => new(spec.Code, spec.Name, spec.Description)
    {
        Translations = spec.Translations.Count == 0 ? null : spec.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(
            t => t.Key,
            t => (CatalogueFileCategoryTexts?)new CatalogueFileCategoryTexts(NullIfEmpty(t.Value.Name), NullIfEmpty(t.Value.Description)),
            StringComparer.Ordinal),
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
