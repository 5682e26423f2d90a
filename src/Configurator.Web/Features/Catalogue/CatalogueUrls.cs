namespace Configurator.Web.Features.Catalogue;

/// <summary>The catalogue's URLs, in one place: the routes of the catalogue, item editor and categories controllers.</summary>
public static class CatalogueUrls
{
    public static string List(string? category = null, string? status = null) =>
        category is not null ? $"/catalogue?category={Uri.EscapeDataString(category)}"
        : status is not null ? $"/catalogue?status={Uri.EscapeDataString(status)}"
        : "/catalogue";

    /// <summary>The active items without a price in a currency open opportunities use.</summary>
    public static string MissingPrice(string currency) => $"/catalogue?missing={Uri.EscapeDataString(currency)}";

    /// <summary>The draft and active items that lack words in a translation language.</summary>
    public static string Untranslated(string language) => $"/catalogue?untranslated={Uri.EscapeDataString(language)}";

    /// <summary>The item editor's rule search (requires or excludes), leaving out the edited item.</summary>
    public static string RuleSearch(string field, string self) =>
        $"/catalogue/rules/search?field={Uri.EscapeDataString(field)}&self={Uri.EscapeDataString(self)}";

    public const string NewItem = "/catalogue/items/new";

    public static string Item(string code) => $"/catalogue/items/{Uri.EscapeDataString(code)}";

    public static string EditItem(string code) => $"{Item(code)}/edit";

    public static string Category(string code) => $"/catalogue/categories/{Uri.EscapeDataString(code)}";

    public static string MergeCategory(string code) => $"{Category(code)}/merge";

    public static string DeleteCategory(string code) => $"{Category(code)}/delete";
}
