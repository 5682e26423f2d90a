namespace Configurator.Web.Features.Insights;

/// <summary>The innovation reuse page.</summary>
public sealed record InnovationsViewModel(InsightFilterBar Bar, IReadOnlyList<InnovationRow> Rows, OutcomeLinks Links)
{
    public const string Target = "innovation-results";
}
