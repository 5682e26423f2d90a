namespace Configurator.Domain.Catalogue;

/// <summary>
/// The words the catalogue format uses for its enumerations (kebab-case, as in the API contract),
/// and the words people read on pages.
/// </summary>
public static class CatalogueTerms
{
    public static string Code(ItemKind kind) => kind switch
    {
        ItemKind.Standard => "standard",
        ItemKind.Innovation => "innovation",
        _ => "service",
    };

    public static string Code(ItemStatus status) => status switch
    {
        ItemStatus.Draft => "draft",
        ItemStatus.Active => "active",
        _ => "retired",
    };

    public static string Code(PricingModel model) => model switch
    {
        PricingModel.OneTime => "one-time",
        PricingModel.Monthly => "monthly",
        _ => "annual",
    };

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
        3 => "strong",
        2 => "medium",
        _ => "weak",
    };

    public static bool TryParseKind(string? value, out ItemKind kind) => TryParse(value, Enum.GetValues<ItemKind>(), Code, out kind);

    public static bool TryParseStatus(string? value, out ItemStatus status) => TryParse(value, Enum.GetValues<ItemStatus>(), Code, out status);

    public static bool TryParseModel(string? value, out PricingModel model) => TryParse(value, Enum.GetValues<PricingModel>(), Code, out model);

    private static bool TryParse<T>(string? value, T[] values, Func<T, string> code, out T result)
        where T : struct, Enum
    {
        foreach (var candidate in values)
        {
            if (string.Equals(code(candidate), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }
        result = default;
        return false;
    }
}
