namespace Configurator.Web.Features.Insights.OutcomeCharts;

/// <summary>One bar: a band's win rate (0…1), its label and the numbers written beside it.</summary>
public sealed record BandChartBar(string Label, decimal? Rate, string Caption)
{
    /// <summary>The bar's length in the chart's units (none when nothing was decided).</summary>
    public decimal Length => Rate is { } r ? Math.Round(Math.Clamp(r, 0m, 1m) * BandChart.BarSpace, 1) : 0m;
}

/// <summary>
/// A horizontal bar chart of win rates by band, drawn on the server as inline SVG with a title and a description
/// (the table beside it carries the same numbers), so it reads without script, on a phone and on paper.
/// </summary>
public sealed record BandChart(string Id, string Title, string Description, IReadOnlyList<BandChartBar> Bars)
{
    public const int Width = 440;
    public const int LabelSpace = 80;
    public const int BarSpace = 170;
    public const int RowHeight = 36;

    public int Height => Bars.Count * RowHeight + 8;
}
