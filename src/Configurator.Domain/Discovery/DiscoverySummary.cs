namespace Configurator.Domain.Discovery;

/// <summary>What a rep needs to see at a glance about an opportunity's discovery.</summary>
public sealed record DiscoverySummary(
    int PainPointCount,
    decimal QuantifiedAnnualImpact,
    decimal QuantifiedShare,
    IReadOnlyList<StakeholderRole> KeyRolesKnown,
    bool HasEconomicBuyer,
    bool HasChampion)
{
    /// <summary>The roles every deal should know someone in.</summary>
    public static readonly IReadOnlyList<StakeholderRole> KeyRoles =
        [StakeholderRole.EconomicBuyer, StakeholderRole.DecisionMaker, StakeholderRole.TechnicalEvaluator, StakeholderRole.Champion];

    public static DiscoverySummary Of(Opportunity opportunity)
    {
        var pains = opportunity.PainPoints;
        var quantified = pains.Where(p => p.AnnualImpact is not null).ToList();
        var roles = opportunity.Stakeholders.Select(s => s.Role).ToHashSet();
        return new DiscoverySummary(
            pains.Count,
            quantified.Sum(p => p.AnnualImpact!.Value),
            pains.Count == 0 ? 0 : (decimal)quantified.Count / pains.Count,
            KeyRoles.Where(roles.Contains).ToList(),
            roles.Contains(StakeholderRole.EconomicBuyer),
            roles.Contains(StakeholderRole.Champion));
    }
}
