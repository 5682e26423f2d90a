using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>The opportunities page: the filters as the user set them (owner defaults to the user), one page of rows, and the owners to pick from.</summary>
public sealed record OpportunityListViewModel(
    OpportunityListQuery Query,
    PagedList<OpportunityListRow> Rows,
    IReadOnlyDictionary<string, string> Owners)
{
    /// <summary>The filters with another page, for the previous and next links.</summary>
    public string PageUrl(int page) => DiscoveryUrls.OpportunityList(Query, page);
}
