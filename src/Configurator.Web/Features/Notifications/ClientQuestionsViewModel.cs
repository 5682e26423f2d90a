namespace Configurator.Web.Features.Notifications;

/// <summary>
/// The builder's "Questions from the client" panel: a thread per link, whether this person may answer, and a refused
/// answer with what was typed (kept in its box, the reason beside it).
/// </summary>
public sealed record ClientQuestionsViewModel(int ProposalId, IReadOnlyList<ClientThread> Threads, bool CanAnswer)
{
    public int? ProblemLinkId { get; init; }

    public string? Problem { get; init; }

    public string? Typed { get; init; }

    /// <summary>The answer just saved, to say so.</summary>
    public int? AnsweredLinkId { get; init; }

    /// <summary>True when an e-mail with the answer went to the client.</summary>
    public bool Emailed { get; init; }

    public static string AnswerPath(int proposalId, int linkId) => $"/proposals/{proposalId}/questions/{linkId}/answers";
}
