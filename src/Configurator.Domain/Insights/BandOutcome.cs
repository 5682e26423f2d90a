namespace Configurator.Domain.Insights;

/// <summary>
/// The decided proposals of one band: how many were won and lost, and the sum of their discounts (percent), from
/// which the average follows. Nothing decided gives no win rate and no average, never a division by zero.
/// </summary>
public sealed record BandOutcome(InsightBand Band, int Won, int Lost, decimal DiscountPercentSum)
{
    public int Decided => Won + Lost;

    public decimal? WinRate => InsightBands.WinRate(Won, Lost);

    /// <summary>The average discount of the band's decided proposals in percent, to two decimals; null when none.</summary>
    public decimal? AverageDiscountPercent => Decided == 0 ? null : Math.Round(DiscountPercentSum / Decided, 2, MidpointRounding.AwayFromZero);

    /// <summary>Every band of <paramref name="bands"/> in order, the ones without counts empty, so a table and the API always show all of them.</summary>
    public static IReadOnlyList<BandOutcome> Complete(IReadOnlyList<InsightBand> bands, IEnumerable<BandOutcome> counted)
    {
        var byCode = counted.ToDictionary(c => c.Band.Code, StringComparer.Ordinal);
        return bands.Select(b => byCode.GetValueOrDefault(b.Code) ?? new BandOutcome(b, 0, 0, 0m)).ToList();
    }
}
