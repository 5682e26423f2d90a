using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>The whole catalogue at one revision, read-only, shared by every request until it changes.</summary>
public sealed class CatalogueSnapshot
{
    public CatalogueSnapshot(long revision, IReadOnlyList<(OfferItemSpec Spec, int Version)> items, IReadOnlyList<PainCategorySpec> categories)
    {
        Revision = revision;
        Items = items.Select(i => i.Spec).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        ByCode = Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        Versions = items.ToDictionary(i => i.Spec.Code, i => i.Version, StringComparer.Ordinal);
        Categories = categories.OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        CategoryNames = Categories.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        Currencies = Items.SelectMany(i => i.Prices).Select(p => p.Currency).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public long Revision { get; }

    public IReadOnlyList<OfferItemSpec> Items { get; }

    public IReadOnlyDictionary<string, OfferItemSpec> ByCode { get; }

    public IReadOnlyDictionary<string, int> Versions { get; }

    public IReadOnlyList<PainCategorySpec> Categories { get; }

    public IReadOnlyDictionary<string, string> CategoryNames { get; }

    public IReadOnlyList<string> Currencies { get; }
}
