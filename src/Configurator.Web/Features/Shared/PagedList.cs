namespace Configurator.Web.Features.Shared;

/// <summary>One page of a list, with what a caller needs to ask for the next one; the API answers it as it is.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int TotalPages => Total == 0 ? 0 : ((Total - 1) / PageSize) + 1;

    public bool HasNext => Page < TotalPages;

    public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Page, PageSize, Total);
}
