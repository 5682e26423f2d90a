namespace Configurator.Domain.Proposals;

/// <summary>A line as a comparison sees it, in one option of a revision or of the proposal now.</summary>
public sealed record ComparedLine(string Option, string ItemCode, string Name, int Quantity, decimal NetUnitPrice, decimal NetTotal);

/// <summary>The totals of one option, then and now.</summary>
public sealed record ComparedTotals(string Option, decimal? ContractValueBefore, decimal? ContractValueAfter, decimal? DiscountBefore, decimal? DiscountAfter);

public enum LineChange
{
    Added,
    Removed,
    Repriced,
    Requantified,
}

public sealed record LineDifference(LineChange Change, ComparedLine? Before, ComparedLine? After);

/// <summary>What changed between an issued revision and the proposal now (or a later revision): lines added, removed, repriced, and the totals.</summary>
public sealed record RevisionComparison(IReadOnlyList<LineDifference> Lines, IReadOnlyList<ComparedTotals> Totals)
{
    public static RevisionComparison Between(IReadOnlyList<ComparedLine> before, IReadOnlyList<ComparedLine> after,
        IReadOnlyDictionary<string, (decimal ContractValue, decimal Discount)> totalsBefore, IReadOnlyDictionary<string, (decimal ContractValue, decimal Discount)> totalsAfter)
    {
        var differences = new List<LineDifference>();
        var afterByKey = after.ToDictionary(l => (l.Option, l.ItemCode));
        var beforeByKey = before.ToDictionary(l => (l.Option, l.ItemCode));
        foreach (var old in before)
        {
            if (!afterByKey.TryGetValue((old.Option, old.ItemCode), out var now))
            {
                differences.Add(new LineDifference(LineChange.Removed, old, null));
            }
            else if (now.NetUnitPrice != old.NetUnitPrice)
            {
                differences.Add(new LineDifference(LineChange.Repriced, old, now));
            }
            else if (now.Quantity != old.Quantity)
            {
                differences.Add(new LineDifference(LineChange.Requantified, old, now));
            }
        }
        differences.AddRange(after.Where(l => !beforeByKey.ContainsKey((l.Option, l.ItemCode))).Select(l => new LineDifference(LineChange.Added, null, l)));
        var options = totalsBefore.Keys.Concat(totalsAfter.Keys).Distinct();
        var totals = options.Select(o => new ComparedTotals(o,
            totalsBefore.TryGetValue(o, out var b) ? b.ContractValue : null, totalsAfter.TryGetValue(o, out var a) ? a.ContractValue : null,
            totalsBefore.TryGetValue(o, out var bd) ? bd.Discount : null, totalsAfter.TryGetValue(o, out var ad) ? ad.Discount : null)).ToList();
        return new RevisionComparison(differences, totals);
    }
}
