namespace Configurator.Domain.Catalogue;

/// <summary>
/// The words the catalogue format uses for its enumerations (kebab-case, as in the API contract),
/// and the words people read on pages.
/// </summary>
public static class CatalogueTerms
{
    public static string Code(ItemKind kind) => ContractCode.Of(kind);

    public static string Code(ItemStatus status) => ContractCode.Of(status);

    public static string Code(PricingModel model) => ContractCode.Of(model);

    public static string Label(ItemKind kind) => kind switch
    {
        ItemKind.Standard => "Standard product",
        ItemKind.Innovation => "Innovation",
        _ => "Service package",
    };

    public static string Label(ItemStatus status) => status switch
    {
        ItemStatus.Draft => "Draft",
        ItemStatus.Active => "Active",
        _ => "Retired",
    };

    public static string Label(PricingModel model) => model switch
    {
        PricingModel.OneTime => "One-time",
        PricingModel.Monthly => "Monthly",
        _ => "Annual",
    };

    public static string StrengthLabel(int strength) => strength switch
    {
        CategoryStrength.Strong => "strong",
        2 => "medium",
        _ => "weak",
    };

    public static bool TryParseKind(string? value, out ItemKind kind) => ContractCode.TryParse(value, out kind);

    public static bool TryParseStatus(string? value, out ItemStatus status) => ContractCode.TryParse(value, out status);

    public static bool TryParseModel(string? value, out PricingModel model) => ContractCode.TryParse(value, out model);
}
