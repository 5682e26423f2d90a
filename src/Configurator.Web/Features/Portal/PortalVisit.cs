using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Portal;

/// <summary>
/// One request's view of a link: the link (tracked, to count what the recipient does), whether it opens, the revision
/// as issued, who sent it, where the proposal stands and whether this revision was answered, and this link's own thread.
/// </summary>
public sealed record PortalVisit(
    ClientLink Link,
    ClientLinkState State,
    IssuedProposal Issued,
    string RevisionSha256,
    string SenderName,
    string SenderEmail,
    ProposalStatus ProposalStatus,
    int? SentRevision,
    PortalDecision? Decision,
    IReadOnlyList<ClientQuestion> Thread)
{
    /// <summary>Why the recipient may not accept or decline now (the domain decides), or null.</summary>
    public ClientLinkIssue? AnswerRefusal => ClientAnswer.Refusal(State, ProposalStatus == ProposalStatus.Sent, SentRevision, Link.RevisionNumber,
        Decision?.Kind, Decision?.SignerName);
}

/// <summary>The answer this revision got (from any recipient): who, and which option or why not.</summary>
public sealed record PortalDecision(ClientDecisionKind Kind, int ClientLinkId, string SignerName, string SignerTitle, int? OptionId, DeclineReason? Reason, DateTimeOffset At);
