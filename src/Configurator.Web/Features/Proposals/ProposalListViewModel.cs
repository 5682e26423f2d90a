namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposals page: every proposal, filtered and newest first, and for approvers the queue in the order asked
/// (<see cref="ApprovalQueueSort"/>); each a page at a time.
/// </summary>
public sealed record ProposalListViewModel(ProposalResultsModel Results, ApprovalQueueSlice Queue, bool CanApprove)
{
    public string Sort => Queue.Sort;

    public bool Reverse => Queue.Reverse;

    /// <summary>The link a column header sorts by: its natural order first, the reverse when it is already sorted that way.</summary>
    public string SortUrl(string key) => BuilderUrls.Queue(key, reverse: key == Sort && !Reverse);

    /// <summary>The aria-sort of a column header: only the sorted one says its direction.</summary>
    public string? AriaSort(string key, bool naturalIsDescending) => key != Sort ? null : naturalIsDescending != Reverse ? "descending" : "ascending";
}
