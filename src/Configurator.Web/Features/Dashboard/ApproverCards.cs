using Configurator.Web.Features.Proposals;

namespace Configurator.Web.Features.Dashboard;

/// <summary>An approver's home: the approval queue, oldest first, and the decisions they made this month.</summary>
public sealed record ApproverCards(
    int Waiting,
    IReadOnlyList<ApprovalQueueRow> Oldest,
    DateOnly MonthStart,
    int Approved,
    int Rejected,
    IReadOnlyList<ApproverCards.Decision> Decisions)
{
    public const int Shown = 5;

    public sealed record Decision(int ProposalId, string Title, string Client, bool Approved, DateTimeOffset At);
}
