namespace Configurator.Web.Features.Insights;

/// <summary>The pipeline coverage page: deals waiting for a proposal and proposals that leave pains uncovered.</summary>
public sealed record CoverageViewModel(InsightFilterBar Bar, PipelineCoverageResult Result, IReadOnlyDictionary<string, string> CsvUrls)
{
    public const string Target = "coverage-results";
    public const int RowsShown = 100;
    public const string Opportunities = "opportunities";
    public const string Proposals = "proposals";
}
