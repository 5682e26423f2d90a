using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <param name="MissingPrices">The currencies open opportunities use that this active item has no price in.</param>
public sealed record CatalogueListRow(OfferItemSpec Item, ItemPrice? Price, IReadOnlyList<string> MissingPrices);
