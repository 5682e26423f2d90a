namespace Configurator.Domain.Insights;

/// <summary>
/// What the outcome by band can honestly say: the most and the least differentiated bands that each hold enough
/// decided proposals, compared side by side. Under the thresholds there is nothing to compare, and the page says so
/// rather than read a trend into two or three deals.
/// </summary>
public sealed record OutcomeReading(BandOutcome Higher, BandOutcome Lower)
{
    /// <summary>Fewer decided proposals than this in all: too few to compare.</summary>
    public const int MinimumDecided = 6;

    /// <summary>A band takes part in the comparison only with at least this many decided proposals.</summary>
    public const int MinimumPerBand = 3;

    /// <summary>The comparison, or null when there are too few decided proposals or fewer than two bands hold enough.</summary>
    public static OutcomeReading? Of(IReadOnlyList<BandOutcome> bands)
    {
        if (bands.Sum(b => b.Decided) < MinimumDecided)
        {
            return null;
        }
        var enough = bands.Where(b => b.Decided >= MinimumPerBand).ToList();
        return enough.Count < 2 ? null : new OutcomeReading(enough[^1], enough[0]);
    }

    /// <summary>Whether the more differentiated band won more often (by rate) than the less differentiated one.</summary>
    public bool HigherWinsMoreOften => Higher.WinRate > Lower.WinRate;

    /// <summary>Whether the more differentiated band gave less discount on average.</summary>
    public bool HigherDiscountsLess => Higher.AverageDiscountPercent < Lower.AverageDiscountPercent;
}
