using System.Globalization;

namespace Configurator.Web.Features.Shared;

/// <summary>The <c>page</c> and <c>pageSize</c> of a list request, as sent: checked by <see cref="Parse"/>.</summary>
public sealed class PagingQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public string? Page { get; set; }

    public string? PageSize { get; set; }

    /// <summary>The page to show, or what is wrong with the request (under the parameter's name).</summary>
    public Paging Parse(List<FieldError> errors, int defaultPageSize = DefaultPageSize)
    {
        var page = 1;
        var size = defaultPageSize;
        if (Page is not null && !(int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            errors.Add(new("page", "page is a whole number from 1 (the first page)."));
            page = 1;
        }
        if (PageSize is not null && !(int.TryParse(PageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxPageSize))
        {
            errors.Add(new("pageSize", $"pageSize is a whole number from 1 to {MaxPageSize}."));
            size = defaultPageSize;
        }
        return new Paging(page, size);
    }
}
