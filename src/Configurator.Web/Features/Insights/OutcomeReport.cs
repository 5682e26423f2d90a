using Configurator.Domain.Insights;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// Differentiation and outcome: won, lost, win rate and average discount by differentiation band and by discount band,
/// the lost reasons per band of each kind, and how many decided proposals had no issued revision to judge them by.
/// </summary>
public sealed record OutcomeReport(
    IReadOnlyList<BandOutcome> ByDifferentiation,
    IReadOnlyList<BandOutcome> ByDiscount,
    IReadOnlyList<LostReasonRow> LostByDifferentiation,
    IReadOnlyList<LostReasonRow> LostByDiscount,
    int WithoutRevision)
{
    public int Decided => ByDifferentiation.Sum(b => b.Decided);

    public int Lost => ByDifferentiation.Sum(b => b.Lost);

    /// <summary>What the differentiation bands honestly say; null when too few proposals were decided to compare.</summary>
    public OutcomeReading? Reading => OutcomeReading.Of(ByDifferentiation);

    public static OutcomeReport Of(IReadOnlyList<OutcomeGroup> groups, int withoutRevision) => new(
        Bands(InsightBands.Differentiation, groups.GroupBy(g => g.Differentiation)),
        Bands(InsightBands.Discount, groups.GroupBy(g => g.Discount)),
        Reasons(InsightBands.Differentiation, groups, g => g.Differentiation),
        Reasons(InsightBands.Discount, groups, g => g.Discount),
        withoutRevision);

    private static IReadOnlyList<BandOutcome> Bands(IReadOnlyList<InsightBand> bands, IEnumerable<IGrouping<int, OutcomeGroup>> byBand) =>
        BandOutcome.Complete(bands, byBand.Select(g => new BandOutcome(bands[g.Key],
            g.Where(x => x.Won).Sum(x => x.Count), g.Where(x => !x.Won).Sum(x => x.Count), g.Sum(x => x.DiscountPercentSum))));

    /// <summary>Every reason with a loss, in the list's order, with all bands (zero where none).</summary>
    private static IReadOnlyList<LostReasonRow> Reasons(IReadOnlyList<InsightBand> bands, IReadOnlyList<OutcomeGroup> groups, Func<OutcomeGroup, int> band)
    {
        var lost = groups.Where(g => !g.Won).ToList();
        return LostReason.All
            .Select(reason => new LostReasonRow(reason, bands
                .Select((b, i) => (b.Code, lost.Where(g => LostReason.Of(g.Reason) == reason && band(g) == i).Sum(g => g.Count)))
                .ToList()))
            .Where(r => r.Lost > 0)
            .ToList();
    }
}
