namespace Configurator.Web.Features.Insights;

/// <summary>One row of the heatmap: a category, its name in the reader's language, and its cells by column.</summary>
public sealed record HeatmapRow(string Category, string Name, IReadOnlyDictionary<string, HeatmapCell> Cells)
{
    public int PainPoints => Cells.Values.Sum(c => c.PainPoints);
}

/// <summary>The heatmap page: categories down, industries or regions across; colour by count with the count written in every cell.</summary>
public sealed record HeatmapViewModel(InsightFilterBar Bar, HeatmapAxis Axis, string? Currency, IReadOnlyList<string> Columns, IReadOnlyList<HeatmapRow> Rows, string CsvUrl)
{
    public const string Target = "heatmap-results";
    public const string CellPanel = "heatmap-cell";
    public const int Shades = 5;

    public int MaxCount => Rows.SelectMany(r => r.Cells.Values).Select(c => c.PainPoints).DefaultIfEmpty(0).Max();

    /// <summary>The colour step of a count, 0 (none) to <see cref="Shades"/> (the busiest cell); never a division by zero.</summary>
    public int Shade(int count) => count <= 0 || MaxCount <= 0 ? 0 : Math.Max(1, (int)Math.Ceiling(count * (decimal)Shades / MaxCount));
}
