using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>One translation card on an item's page: the item and the language it shows.</summary>
public sealed record ItemTranslationModel(OfferItemSpec Item, string Language);
