using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <param name="MissingPrices">The currencies open opportunities use that this active item has no price in.</param>
/// <param name="Untranslated">The translation languages this item (draft or active) lacks some words in.</param>
public sealed record CatalogueListRow(OfferItemSpec Item, ItemPrice? Price, IReadOnlyList<string> MissingPrices, IReadOnlyList<string> Untranslated)
{
    /// <summary>The languages a draft or active item lacks words in: retired items are no longer proposed, so they need none.</summary>
    public static IReadOnlyList<string> UntranslatedIn(OfferItemSpec item) => item.Status == ItemStatus.Retired
        ? []
        : CatalogueLanguages.Translated.Where(l => item.MissingTexts(l).Count > 0).ToList();
}
