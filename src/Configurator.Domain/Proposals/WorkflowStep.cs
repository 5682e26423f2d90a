namespace Configurator.Domain.Proposals;

/// <summary>
/// One row of the proposal workflow: an action, the states it may start from, the state it leads to,
/// whether it needs a comment (and what to ask for), who may take it, and how pages name it.
/// <see cref="CommentNeeded"/> is the sentence when a needed comment is missing; a step that checks the
/// solution (submit) needs it only when the proposal goes to review, as the approver's reason to agree.
/// <see cref="CommentPrompt"/> is what the comment field asks; a step without one takes no comment on the pages.
/// </summary>
public sealed record WorkflowStep(
    ProposalAction Action,
    IReadOnlyList<ProposalStatus> From,
    ProposalStatus To,
    IReadOnlyList<string> Roles,
    string Label,
    string? CommentNeeded = null,
    bool Primary = true)
{
    public string? CommentPrompt { get; init; }

    /// <summary>The step hands a numbered revision to the client: it needs one issued since the proposal was last approved.</summary>
    public bool NeedsIssuedRevision { get; init; }

    /// <summary>Separation of duties: whoever submitted the proposal or last changed it cannot take this step on it (unless configured otherwise; see <see cref="Proposal.OwnWorkRefusal"/>).</summary>
    public bool NotByItsAuthors { get; init; }

    /// <summary>The action's code in URLs, the API and the history (submit, won, …).</summary>
    public string Code => ProposalTerms.Code(Action);

    /// <summary>Submitting checks the solution: it is refused while any option has an error, and skips review when no approval is needed.</summary>
    public bool ChecksTheSolution => Action == ProposalAction.Submit;

    public bool NeedsComment => CommentNeeded is not null;

    public bool TakesComment => CommentPrompt is not null || CommentNeeded is not null;

    public bool StartsFrom(ProposalStatus status) => From.Contains(status);

    public bool MayBeTakenBy(Func<string, bool> isInRole) => Roles.Any(isInRole);

    /// <summary>The client takes this step, from the portal; no role in the company may.</summary>
    public bool ByTheClient => Roles.Count == 0;
}
