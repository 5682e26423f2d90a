namespace Configurator.Web.Features.Proposals;

/// <summary>The orders the approval queue can be read in, by the column's key in the URL; waiting longest first unless asked otherwise.</summary>
public static class ApprovalQueueSort
{
    public const string Waited = "waited";

    public static readonly IReadOnlyList<string> Keys = [Waited, "size", "margin", "discount", "differentiation", "payback", "client"];

    /// <summary>The key asked for, or the default when the URL names none or an unknown one.</summary>
    public static string KeyOf(string? sort) => Keys.Contains(sort) ? sort! : Waited;

    /// <summary>Each key's natural direction comes first (largest deal, longest wait …); <paramref name="reverse"/> turns it round. Ties keep the longest wait first.</summary>
    public static IReadOnlyList<ApprovalQueueRow> Sort(IEnumerable<ApprovalQueueRow> rows, string key, bool reverse)
    {
        var byWait = rows.OrderByDescending(r => r.Waited).ToList();
        IEnumerable<ApprovalQueueRow> sorted = key switch
        {
            "size" => byWait.OrderByDescending(r => r.DealSize),
            "margin" => byWait.OrderBy(r => r.MarginPercent ?? decimal.MaxValue),
            "discount" => byWait.OrderByDescending(r => r.LargestDiscountPercent),
            "differentiation" => byWait.OrderBy(r => r.DifferentiationShare),
            "payback" => byWait.OrderByDescending(r => r.PaybackMonths ?? decimal.MaxValue),
            "client" => byWait.OrderBy(r => r.Client, StringComparer.CurrentCultureIgnoreCase),
            _ => byWait,
        };
        var list = sorted.ToList();
        if (reverse)
        {
            list.Reverse();
        }
        return list;
    }
}
