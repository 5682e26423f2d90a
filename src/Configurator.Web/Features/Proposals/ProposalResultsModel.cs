using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Proposals;

/// <summary>The proposals page's list: the filters as the user set them, one page of rows, and each sent proposal's engagement in words.</summary>
public sealed record ProposalResultsModel(ProposalListQuery Query, PagedList<ProposalListRow> Rows, IReadOnlyDictionary<int, string> Engagement)
{
    /// <summary>Proposals on the page, newest first: a page is about as long as people scroll.</summary>
    public const int PageSize = 50;

    /// <summary>Whether the user narrowed the list: an empty page then says "nothing matches", not "no proposal yet".</summary>
    public bool Filtered => !string.IsNullOrWhiteSpace(Query.Q) || !string.IsNullOrWhiteSpace(Query.Status) || !string.IsNullOrWhiteSpace(Query.Opportunity)
        || !string.IsNullOrWhiteSpace(Query.Account) || !string.IsNullOrWhiteSpace(Query.Owner);

    /// <summary>The filters with another page, for the previous and next links.</summary>
    public string PageUrl(int page) => BuilderUrls.ListPage(Query, page, Rows.PageSize == PageSize ? null : Rows.PageSize);
}
