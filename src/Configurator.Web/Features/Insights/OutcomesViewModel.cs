namespace Configurator.Web.Features.Insights;

/// <summary>The outcome page: its filter bar, the report, and the links that keep the filters.</summary>
public sealed record OutcomesViewModel(InsightFilterBar Bar, OutcomeReport Report, OutcomeLinks Links)
{
    public const string Target = "outcome-results";
}
