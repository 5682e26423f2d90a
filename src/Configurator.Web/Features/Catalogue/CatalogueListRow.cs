using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed record CatalogueListRow(OfferItemSpec Item, ItemPrice? Price);
