namespace Configurator.Domain.Insights;

/// <summary>
/// The bands deals are compared in: how much of the contract value innovations and services carry, and how much
/// discount the client was given. One definition for the insights pages, their CSV and the API.
/// </summary>
public static class InsightBands
{
    /// <summary>Differentiation share in percent of the contract value (0.42 → 42 → band 30-50).</summary>
    public static readonly IReadOnlyList<InsightBand> Differentiation =
        [new("0-15", 0m, 15m), new("15-30", 15m, 30m), new("30-50", 30m, 50m), new("50-100", 50m, 100m)];

    /// <summary>Discount off the list contract value, in percent.</summary>
    public static readonly IReadOnlyList<InsightBand> Discount =
        [new("0-5", 0m, 5m), new("5-10", 5m, 10m), new("10-20", 10m, 20m), new("20-100", 20m, 100m)];

    /// <summary>The band of <paramref name="percent"/>; values outside 0–100 are held to the nearest band.</summary>
    public static InsightBand Of(IReadOnlyList<InsightBand> bands, decimal percent)
    {
        var held = Math.Clamp(percent, bands[0].From, bands[^1].To);
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].Holds(held, last: i == bands.Count - 1))
            {
                return bands[i];
            }
        }
        return bands[^1];
    }

    /// <summary>Won ÷ (won + lost), 0…1; null when nothing was decided, so no page divides by zero.</summary>
    public static decimal? WinRate(int won, int lost) => won + lost == 0 ? null : (decimal)won / (won + lost);
}
