namespace Configurator.Web.Features.Catalogue;

/// <summary>The list's filters, sort and page, as they appear in the URL.</summary>
public sealed class CatalogueListQuery
{
    public const int PageSize = 25;

    public string? Q { get; set; }

    public string? Kind { get; set; }

    public string? Status { get; set; }

    public string? Category { get; set; }

    public string? Currency { get; set; }

    /// <summary>Only the active items without a price in this currency (one that open opportunities use).</summary>
    public string? Missing { get; set; }

    /// <summary>Only the items that lack words in this language (a translation language, e.g. zh-CN).</summary>
    public string? Untranslated { get; set; }

    public string Sort { get; set; } = "code";

    public string Dir { get; set; } = "asc";

    public int Page { get; set; } = 1;

    /// <summary>The query string for the same filters with one value changed (for sort links and pages).</summary>
    public string With(string? sort = null, string? dir = null, int? page = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["kind"] = Kind,
            ["status"] = Status,
            ["category"] = Category,
            ["currency"] = Currency,
            ["missing"] = Missing,
            ["untranslated"] = Untranslated,
            ["sort"] = sort ?? Sort,
            ["dir"] = dir ?? Dir,
            ["page"] = (page ?? Page).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).Value ?? "";
    }
}
