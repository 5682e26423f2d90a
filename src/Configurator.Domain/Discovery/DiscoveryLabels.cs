namespace Configurator.Domain.Discovery;

/// <summary>The words people read on pages for the discovery enumerations.</summary>
public static class DiscoveryLabels
{
    public static string Stage(OpportunityStage stage) => stage switch
    {
        OpportunityStage.Discovery => "Discovery",
        OpportunityStage.SolutionDesign => "Solution design",
        OpportunityStage.Proposal => "Proposal",
        OpportunityStage.Negotiation => "Negotiation",
        OpportunityStage.Won => "Won",
        _ => "Lost",
    };

    public static string Role(StakeholderRole role) => role switch
    {
        StakeholderRole.EconomicBuyer => "Economic buyer",
        StakeholderRole.DecisionMaker => "Decision maker",
        StakeholderRole.TechnicalEvaluator => "Technical evaluator",
        StakeholderRole.User => "User",
        StakeholderRole.Influencer => "Influencer",
        StakeholderRole.Gatekeeper => "Gatekeeper",
        _ => "Champion",
    };

    public static string Stance(Stance stance) => stance switch
    {
        Discovery.Stance.Supporter => "Supporter",
        Discovery.Stance.Neutral => "Neutral",
        Discovery.Stance.Opponent => "Opponent",
        _ => "Unknown",
    };
}
