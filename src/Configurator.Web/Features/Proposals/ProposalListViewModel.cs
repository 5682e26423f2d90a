namespace Configurator.Web.Features.Proposals;

/// <summary>The proposals page: every proposal, and for approvers the queue in the order asked (<see cref="ApprovalQueueSort"/>), a page at a time.</summary>
public sealed record ProposalListViewModel(IReadOnlyList<ProposalRow> Rows, ApprovalQueueSlice Queue, bool CanApprove)
{
    public string Sort => Queue.Sort;

    public bool Reverse => Queue.Reverse;

    /// <summary>The client's engagement with each sent proposal, in words ("Opened 3 times, 2 days ago"); absent when never sent.</summary>
    public IReadOnlyDictionary<int, string> Engagement { get; init; } = new Dictionary<int, string>();

    /// <summary>The link a column header sorts by: its natural order first, the reverse when it is already sorted that way.</summary>
    public string SortUrl(string key) => BuilderUrls.Queue(key, reverse: key == Sort && !Reverse);

    /// <summary>The aria-sort of a column header: only the sorted one says its direction.</summary>
    public string? AriaSort(string key, bool naturalIsDescending) => key != Sort ? null : naturalIsDescending != Reverse ? "descending" : "ascending";
}
