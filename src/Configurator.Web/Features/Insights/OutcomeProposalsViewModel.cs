namespace Configurator.Web.Features.Insights;

/// <summary>The proposals behind one figure of the outcome page.</summary>
public sealed record OutcomeProposalsViewModel(InsightFilterBar Bar, OutcomeSelection Selection, IReadOnlyList<OutcomeProposal> Proposals, OutcomeLinks Links)
{
    public const string Target = "outcome-proposals";

    public bool Truncated => Proposals.Count >= DifferentiationOutcomes.ListLimit;
}
