using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Insights;

/// <summary>
/// Where the catalogue leaves clients' pains open: a pain point is a gap when no active item addresses its
/// category, or active items address it only weakly (strength 1). The product team's backlog for the next innovation.
/// </summary>
public static class CatalogueGapRule
{
    /// <summary>The categories some active item answers at medium strength or better; every other category is a gap.</summary>
    public static IReadOnlySet<string> WellAnswered(IEnumerable<OfferItemSpec> items) =>
        items.Where(i => i.Status == ItemStatus.Active)
            .SelectMany(i => i.Addresses)
            .Where(a => a.Strength > CategoryStrength.Weak)
            .Select(a => a.Category)
            .ToHashSet(StringComparer.Ordinal);

    public static bool IsGap(string category, IReadOnlySet<string> wellAnswered) => !wellAnswered.Contains(category);
}
