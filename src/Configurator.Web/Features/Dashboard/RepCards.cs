using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Dashboard;

/// <summary>A rep's home: their open deals by stage, the work discovery still asks of them, and what is overdue.</summary>
public sealed record RepCards(
    IReadOnlyList<RepCards.StageRow> Stages,
    IReadOnlyList<RepCards.Deal> NextSteps,
    int UnquantifiedPains,
    IReadOnlyList<RepCards.DealCount> UnquantifiedByDeal,
    int MissingPeople,
    IReadOnlyList<RepCards.MissingPeopleDeal> MissingPeopleDeals,
    int OverdueSteps,
    IReadOnlyList<RepCards.Deal> OverdueStepDeals,
    int BehindPlaybook,
    IReadOnlyList<RepCards.PlaybookDeal> BehindPlaybookDeals)
{
    /// <summary>How many of the largest lists a card shows; its figure links to the rest.</summary>
    public const int Shown = 5;

    public int OpenDeals => Stages.Sum(s => s.Count);

    /// <summary>One open stage: how many deals, and their budget in each currency (deals without a budget count, adding nothing).</summary>
    public sealed record StageRow(OpportunityStage Stage, int Count, IReadOnlyDictionary<string, decimal> Budget);

    /// <summary>A deal with its next step (text and due date, when set).</summary>
    public sealed record Deal(int Id, string Name, string Account, OpportunityStage Stage, string NextStep, DateOnly? Due);

    public sealed record DealCount(int Id, string Name, string Account, int Count);

    public sealed record MissingPeopleDeal(int Id, string Name, string Account, bool EconomicBuyer, bool Champion);

    /// <summary>A deal behind its playbook: its stage's actions the app checks that are not done.</summary>
    public sealed record PlaybookDeal(int Id, string Name, string Account, OpportunityStage Stage, DateOnly? ExpectedClose, IReadOnlyList<PlaybookActionStatus> Open);
}
