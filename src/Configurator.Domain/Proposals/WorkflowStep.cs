namespace Configurator.Domain.Proposals;

/// <summary>
/// One row of the proposal workflow: an action, the states it may start from, the state it leads to,
/// whether it needs a comment (and what to ask for), who may take it, and how pages name it.
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
    /// <summary>The action's code in URLs, the API and the history (submit, won, …).</summary>
    public string Code => ProposalTerms.Code(Action);

    /// <summary>Submitting checks the solution: it is refused while any option has an error, and skips review when no approval is needed.</summary>
    public bool ChecksTheSolution => Action == ProposalAction.Submit;

    public bool NeedsComment => CommentNeeded is not null;

    public bool StartsFrom(ProposalStatus status) => From.Contains(status);

    public bool MayBeTakenBy(Func<string, bool> isInRole) => Roles.Any(isInRole);
}
