using System.Globalization;

namespace Configurator.Web.Features.Insights.Charts;

/// <summary>One bar: its label, its value (drawn to scale) and the value as the reader reads it.</summary>
public sealed record Bar(string Label, decimal Value, string Shown, string? Href = null);

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG, with a title and a description for screen readers; the page
/// shows the same numbers in a table beside it. Empty or all-zero data draws no chart (the page says why instead).
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars)
{
    public const int Width = 640;
    public const int LabelWidth = 220;
    public const int ValueWidth = 120;
    public const int RowHeight = 28;
    public const int BarHeight = 18;

    public bool IsDrawable => Bars.Count > 0 && Bars.Max(b => b.Value) > 0m;

    public int Height => Bars.Count * RowHeight + 8;

    public static int PlotWidth => Width - LabelWidth - ValueWidth;

    /// <summary>The bar's length in the plot; the longest bar fills it, and a value above zero is never invisible.</summary>
    public string Length(Bar bar)
    {
        var max = Bars.Count == 0 ? 0m : Bars.Max(b => b.Value);
        if (max <= 0m || bar.Value <= 0m)
        {
            return "0";
        }
        var length = Math.Max(2m, Math.Round(bar.Value / max * PlotWidth, 1));
        return length.ToString("0.#", CultureInfo.InvariantCulture);
    }

    public static string Y(int index) => (index * RowHeight + 4).ToString(CultureInfo.InvariantCulture);

    public static string TextY(int index) => (index * RowHeight + 4 + BarHeight - 4).ToString(CultureInfo.InvariantCulture);

    /// <summary>A label cut to fit its column (the table beside the chart has it in full).</summary>
    public static string Fit(string label) => label.Length <= 30 ? label : string.Concat(label.AsSpan(0, 29), "…");
}
