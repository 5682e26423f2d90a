namespace Configurator.Domain.Proposals;

/// <summary>Where a proposal stands: draft → in review → approved → sent → won / lost, or withdrawn.</summary>
public enum ProposalStatus
{
    Draft,
    InReview,
    Approved,
    Sent,
    Won,
    Lost,
    Withdrawn,
}
