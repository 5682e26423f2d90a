using Configurator.Web.Features.Insights;

namespace Configurator.Web.Features.Dashboard;

/// <summary>A product manager's home: the top catalogue gaps, innovations to consider for standard, and items no recent proposal used.</summary>
public sealed record ProductCards(
    int GapCategories,
    IReadOnlyList<CatalogueGap> TopGaps,
    IReadOnlyList<InnovationUse> Candidates,
    int ActiveItems,
    IReadOnlyList<ProductCards.IdleItem> Idle,
    IReadOnlyDictionary<string, string> CategoryNames,
    IReadOnlyDictionary<string, string> ItemNames)
{
    public const int TopGapsShown = 5;

    public const int Shown = 8;

    /// <summary>An active item with no line in any proposal created in the last <see cref="ProductHome.IdleDays"/> days.</summary>
    public sealed record IdleItem(string Code, string Name, Domain.Catalogue.ItemKind Kind);

    public string Category(string code) => CategoryNames.GetValueOrDefault(code) ?? code;

    public string Item(string code) => ItemNames.GetValueOrDefault(code) ?? code;
}
