namespace Configurator.Domain.Catalogue;

/// <summary>
/// What an import would do, computed before anything is written: which items and categories it
/// creates, updates (and how) or leaves unchanged. The dry run shows it; the import applies it.
/// </summary>
public sealed record CatalogueImportPlan(
    IReadOnlyList<OfferItemSpec> CreatedItems,
    IReadOnlyList<(OfferItemSpec Spec, IReadOnlyList<FieldChange> Changes)> UpdatedItems,
    IReadOnlyList<string> UnchangedItems,
    IReadOnlyList<PainCategorySpec> CreatedCategories,
    IReadOnlyList<PainCategorySpec> UpdatedCategories,
    IReadOnlyList<string> UnchangedCategories)
{
    public int Created => CreatedItems.Count + CreatedCategories.Count;

    public int Updated => UpdatedItems.Count + UpdatedCategories.Count;

    public int Unchanged => UnchangedItems.Count + UnchangedCategories.Count;

    public static CatalogueImportPlan For(CatalogueCheck check, IReadOnlyCollection<OfferItemSpec> existingItems, IReadOnlyCollection<PainCategorySpec> existingCategories)
    {
        if (!check.IsValid)
        {
            throw new InvalidOperationException("Only a valid catalogue can be planned; show the issues instead.");
        }
        var items = existingItems.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var created = new List<OfferItemSpec>();
        var updated = new List<(OfferItemSpec, IReadOnlyList<FieldChange>)>();
        var unchanged = new List<string>();
        foreach (var spec in check.Items)
        {
            if (!items.TryGetValue(spec.Code, out var before))
            {
                created.Add(spec);
                continue;
            }
            var changes = spec.DifferencesFrom(before);
            if (changes.Count == 0)
            {
                unchanged.Add(spec.Code);
            }
            else
            {
                updated.Add((spec, changes));
            }
        }

        var categories = existingCategories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var createdCategories = check.Categories.Where(c => !categories.ContainsKey(c.Code)).ToList();
        var updatedCategories = check.Categories.Where(c => categories.TryGetValue(c.Code, out var old) && old != c).ToList();
        var unchangedCategories = check.Categories.Where(c => categories.TryGetValue(c.Code, out var old) && old == c).Select(c => c.Code).ToList();
        return new CatalogueImportPlan(created, updated, unchanged, createdCategories, updatedCategories, unchangedCategories);
    }
}
