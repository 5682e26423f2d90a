namespace Configurator.Web.Features.Dashboard;

/// <summary>Presales' home: deals waiting for a proposal, their own drafts, what came back, and what their proposals leave unanswered.</summary>
public sealed record PresalesCards(
    int Waiting,
    IReadOnlyList<PresalesCards.WaitingDeal> WaitingDeals,
    int Drafts,
    IReadOnlyList<PresalesCards.ProposalRow> DraftRows,
    int Returned,
    IReadOnlyList<PresalesCards.ReturnedRow> ReturnedRows,
    int Evaluated,
    IReadOnlyList<PresalesCards.UncoveredRow> Uncovered)
{
    public const int Shown = 5;

    /// <summary>How many of one's proposals in progress the engine evaluates for the home (the most recently created).</summary>
    public const int EvaluatedAtMost = 10;

    public sealed record WaitingDeal(int Id, string Name, string Account, int PainPoints, DateOnly? ExpectedClose);

    public sealed record ProposalRow(int Id, string Title, string Client);

    /// <summary>A draft that was in review or approved: rejected by an approver (with their comment), or sent back by a change.</summary>
    public sealed record ReturnedRow(int Id, string Title, string Client, bool Rejected, string Comment);

    /// <summary>A proposal in progress with the pain points some option leaves unanswered (the engine's "pain-uncovered").</summary>
    public sealed record UncoveredRow(int Id, string Title, string Client, int Pains, IReadOnlyList<string> Options);
}
