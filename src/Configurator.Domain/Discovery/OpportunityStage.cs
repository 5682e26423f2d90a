namespace Configurator.Domain.Discovery;

/// <summary>Where a deal stands, from first conversations to its outcome.</summary>
public enum OpportunityStage
{
    Discovery,
    SolutionDesign,
    Proposal,
    Negotiation,
    Won,
    Lost,
}
