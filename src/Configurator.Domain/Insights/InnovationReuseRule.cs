namespace Configurator.Domain.Insights;

/// <summary>
/// When an innovation has earned a place among the standard products: proposed often enough, across more than one
/// industry, and won at least once, so it is a repeatable answer rather than one client's custom work.
/// </summary>
public static class InnovationReuseRule
{
    public const int MinimumProposals = 3;
    public const int MinimumIndustries = 2;
    public const int MinimumWon = 1;

    public static bool IsCandidateForStandard(int proposals, int won, int industries) =>
        proposals >= MinimumProposals && industries >= MinimumIndustries && won >= MinimumWon;
}
