namespace Configurator.Web.Features.Proposals;

/// <summary>A decision the queue refused to a plain form: carried to the proposals page so the row shows why and keeps the comment typed.</summary>
public static class QueueProblem
{
    public const string ProposalKey = "QueueProblemProposal";
    public const string MessageKey = "QueueProblemMessage";
    public const string CommentKey = "QueueProblemComment";
}
