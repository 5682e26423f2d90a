namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The part of the approval queue a page shows, in the order asked: a page of rows at a time and a link to the next,
/// so a queue of hundreds opens as quickly as one of twenty and the approver starts with the rows the order puts first.
/// </summary>
public sealed record ApprovalQueueSlice(IReadOnlyList<ApprovalQueueRow> Rows, int From, int Total, string Sort, bool Reverse)
{
    public const int PageSize = 20;

    public static readonly ApprovalQueueSlice Empty = new([], 0, 0, ApprovalQueueSort.Waited, false);

    /// <summary>
    /// The rows from <paramref name="from"/> up to <paramref name="shown"/> of the whole sorted queue (a page when not asked),
    /// and always far enough to include <paramref name="mustShow"/>: a refused decision is shown next to its row.
    /// </summary>
    public static ApprovalQueueSlice Of(IReadOnlyList<ApprovalQueueRow> sorted, string sort, bool reverse, int from = 0, int? shown = null, int? mustShow = null)
    {
        from = Math.Clamp(from, 0, sorted.Count);
        var end = from + Math.Clamp(shown ?? PageSize, PageSize, Math.Max(PageSize, sorted.Count));
        var refused = mustShow is { } id ? sorted.Select(r => r.ProposalId).ToList().IndexOf(id) : -1;
        end = Math.Max(end, refused + 1);
        return new ApprovalQueueSlice([.. sorted.Skip(from).Take(end - from)], from, sorted.Count, sort, reverse);
    }

    /// <summary>Where the rows after these start.</summary>
    public int Next => From + Rows.Count;

    /// <summary>How many rows the queue holds after these.</summary>
    public int Left => Total - Next;

    /// <summary>The next page's rows alone, for htmx to add below these.</summary>
    public string MoreRowsUrl => BuilderUrls.QueueRows(Sort, Reverse, Next);

    /// <summary>The proposals page with one more page of the queue, for a browser without script.</summary>
    public string MorePageUrl => BuilderUrls.Queue(Sort, Reverse, Next + PageSize);
}
