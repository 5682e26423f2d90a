using Configurator.Domain.Users;

namespace Configurator.Domain.Proposals;

/// <summary>
/// The proposal workflow as one table. The proposal refuses what the table does not allow; the API's
/// endpoints, the builder's buttons, authorisation and the history all read it. A new action is one row.
/// </summary>
public static class ProposalWorkflow
{
    /// <summary>Who may change a proposal's content, and issue its revisions.</summary>
    public static readonly IReadOnlyList<string> EditorRoles = [Roles.Presales, Roles.Admin];

    /// <summary>No one in the company: the step is the client's, taken from the link they were sent (the portal).</summary>
    public static readonly IReadOnlyList<string> TheClient = [];

    /// <summary>Who may approve or reject a proposal in review.</summary>
    public static readonly IReadOnlyList<string> ApproverRoles = [Roles.Approver, Roles.Admin];

    /// <summary>The states in which the content may still change; a change after submission returns the proposal to draft.</summary>
    public static readonly IReadOnlyList<ProposalStatus> Editable = [ProposalStatus.Draft, ProposalStatus.InReview, ProposalStatus.Approved];

    /// <summary>The states from which a revision may be issued.</summary>
    public static readonly IReadOnlyList<ProposalStatus> Issuable = [ProposalStatus.Approved, ProposalStatus.Sent, ProposalStatus.Won];

    /// <summary>The states a change of content sends back to draft: what was submitted or approved is no longer what is there.</summary>
    public static readonly IReadOnlyList<ProposalStatus> ReturnedToDraftByAChange = [ProposalStatus.InReview, ProposalStatus.Approved];

    public static readonly IReadOnlyList<WorkflowStep> Steps =
    [
        // Submit leads to review; with no approval needed it goes straight on to approved.
        new(ProposalAction.Submit, [ProposalStatus.Draft], ProposalStatus.InReview, EditorRoles, "Submit",
            CommentNeeded: "Say why the discount is right for this deal: the approver reads it before deciding.")
        {
            CommentPrompt = "Why this discount? The approver reads it.",
        },
        new(ProposalAction.Approve, [ProposalStatus.InReview], ProposalStatus.Approved, ApproverRoles, "Approve")
        {
            CommentPrompt = "Comment for presales (optional)",
            NotByItsAuthors = true,
        },
        new(ProposalAction.Reject, [ProposalStatus.InReview], ProposalStatus.Draft, ApproverRoles, "Reject",
            CommentNeeded: "Say why the proposal is rejected, so presales know what to change.", Primary: false)
        {
            CommentPrompt = "Why? (needed to reject)",
        },
        // From sent too, for a newer revision: the client then has the latest (the proposal refuses the revision already sent).
        new(ProposalAction.Send, [ProposalStatus.Approved, ProposalStatus.Sent], ProposalStatus.Sent, EditorRoles, "Mark as sent") { NeedsIssuedRevision = true },
        new(ProposalAction.Won, [ProposalStatus.Sent], ProposalStatus.Won, EditorRoles, "Won"),
        new(ProposalAction.Lost, [ProposalStatus.Sent], ProposalStatus.Lost, EditorRoles, "Lost",
            CommentNeeded: "Say why the deal was lost: it is what the team learns from.", Primary: false)
        {
            CommentPrompt = "Why? (needed)",
        },
        new(ProposalAction.Withdraw, [ProposalStatus.Draft, ProposalStatus.InReview, ProposalStatus.Approved, ProposalStatus.Sent], ProposalStatus.Withdrawn,
            EditorRoles, "Withdraw", Primary: false),
        // The client's answers from the portal: accepting wins the proposal; declining is recorded, and becomes the lost reason when presales confirm it.
        new(ProposalAction.AcceptedByClient, [ProposalStatus.Sent], ProposalStatus.Won, TheClient, "Accepted by the client"),
        new(ProposalAction.DeclinedByClient, [ProposalStatus.Sent], ProposalStatus.Sent, TheClient, "Declined by the client",
            CommentNeeded: "Say why the proposal is declined.", Primary: false),
    ];

    /// <summary>Where a change of content leaves a proposal in <paramref name="status"/>.</summary>
    public static ProposalStatus AfterAChange(ProposalStatus status) => ReturnedToDraftByAChange.Contains(status) ? ProposalStatus.Draft : status;

    public static WorkflowStep Of(ProposalAction action) => Steps.First(s => s.Action == action);

    /// <summary>The step with this code (as in URLs and the API), or null: an unknown action is refused, never mapped to another.</summary>
    public static WorkflowStep? Find(string? code) => Steps.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));
}
