namespace Configurator.Domain.Discovery;

/// <summary>A person's part in the client's decision chain.</summary>
public enum StakeholderRole
{
    EconomicBuyer,
    DecisionMaker,
    TechnicalEvaluator,
    User,
    Influencer,
    Gatekeeper,
    Champion,
}
