using System.Globalization;

namespace Configurator.Load;

/// <summary>
/// Latencies in milliseconds and their percentiles, read from the sorted samples themselves: the median
/// is the middle sample (the mean of the two middle ones for an even count) and p90 / p95 / p99 are
/// nearest-rank (the smallest sample with at least that share of samples at or below it). No histogram
/// buckets, no interpolation.
/// </summary>
public sealed class Samples(string label)
{
    private readonly List<double> _values = [];
    private readonly Lock _gate = new();

    public string Label { get; } = label;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _values.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_gate)
        {
            _values.Add(milliseconds);
        }
    }

    public double[] Sorted()
    {
        lock (_gate)
        {
            var sorted = _values.ToArray();
            Array.Sort(sorted);
            return sorted;
        }
    }

    public static double Median(double[] sorted) =>
        sorted.Length == 0 ? double.NaN
        : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
        : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    /// <summary>Nearest rank: the value at position ceil(p/100 × n) of the sorted samples (1-based).</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    public string Summary()
    {
        var s = Sorted();
        return s.Length == 0
            ? $"{Label}: no samples"
            : string.Create(CultureInfo.InvariantCulture,
                $"{Label}: median {Median(s):0.0} ms, p90 {Percentile(s, 90):0.0}, p95 {Percentile(s, 95):0.0}, p99 {Percentile(s, 99):0.0}, max {s[^1]:0.0} (n = {s.Length}){(s.Length < 200 ? " — fewer than 200 samples" : "")}");
    }

    /// <summary>One Markdown table row: figure | median | p90 | p95 | p99 | n.</summary>
    public string Row(string figure)
    {
        var s = Sorted();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {figure} | {Median(s):0.0} ms | {Percentile(s, 90):0.0} ms | {Percentile(s, 95):0.0} ms | {Percentile(s, 99):0.0} ms | {s.Length} |");
    }
}
