namespace Configurator.Web.Features.Catalogue;

/// <summary>The catalogue's URLs, in one place: the routes of the catalogue, item editor and categories controllers.</summary>
public static class CatalogueUrls
{
    public static string List(string? category = null, string? status = null) =>
        category is not null ? $"/catalogue?category={Uri.EscapeDataString(category)}"
        : status is not null ? $"/catalogue?status={Uri.EscapeDataString(status)}"
        : "/catalogue";

    public const string NewItem = "/catalogue/items/new";

    public static string Item(string code) => $"/catalogue/items/{Uri.EscapeDataString(code)}";

    public static string EditItem(string code) => $"{Item(code)}/edit";

    public static string Category(string code) => $"/catalogue/categories/{Uri.EscapeDataString(code)}";

    public static string MergeCategory(string code) => $"{Category(code)}/merge";

    public static string DeleteCategory(string code) => $"{Category(code)}/delete";
}
