using Configurator.Web.Features.Insights.Charts;

namespace Configurator.Web.Features.Insights;

/// <summary>One row of the catalogue gaps table: the gap, its category's name in the reader's language, and the first opportunities by name.</summary>
public sealed record GapRow(CatalogueGap Gap, string Name, IReadOnlyList<(int Id, string Name)> Opportunities);

/// <summary>The catalogue gaps page: the filter bar, the rows in the chosen order, and the chart of the same numbers.</summary>
public sealed record GapsViewModel(InsightFilterBar Bar, string Sort, string? Currency, IReadOnlyList<string> Currencies, IReadOnlyList<GapRow> Rows, BarChart Chart, string CsvUrl)
{
    public const string Target = "gap-results";
    public const string ByCount = "count";
    public const string ByImpact = "impact";
    public const int OpportunitiesShown = 5;
}
