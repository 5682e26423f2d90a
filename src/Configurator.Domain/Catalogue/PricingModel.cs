namespace Configurator.Domain.Catalogue;

public enum PricingModel
{
    OneTime,
    Monthly,
    Annual,
}
