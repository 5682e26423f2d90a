namespace Configurator.Domain.Portal;

/// <summary>
/// One message in the thread between one recipient (through their link) and the people on the deal:
/// a question from the client, or an answer from the rep or presales. Each recipient sees only their own thread.
/// </summary>
public sealed class ClientQuestion
{
    private ClientQuestion()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public int ClientLinkId { get; private set; }

    /// <summary>True when the client wrote it; false for an answer from the company.</summary>
    public bool FromClient { get; private set; }

    /// <summary>The company's author (a user id); null for the client.</summary>
    public string? AuthorId { get; private set; }

    /// <summary>The name shown beside the message: the recipient's, or the answering person's.</summary>
    public string AuthorName { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    /// <summary>The text trimmed, or what is wrong with it (empty, or over <see cref="ClientLinkRules.QuestionMaxLength"/>).</summary>
    public static ClientLinkIssue? Problem(string? text) => (text?.Trim() ?? "") switch
    {
        { Length: 0 } => new(ClientLinkIssueCodes.QuestionEmpty, "Write your question first.", "text"),
        { Length: > ClientLinkRules.QuestionMaxLength } long_ => new(ClientLinkIssueCodes.TextTooLong,
            $"Keep it to {ClientLinkRules.QuestionMaxLength} characters; this has {long_.Length}.", "text"),
        _ => null,
    };

    /// <summary>What is wrong with the company's answer (empty, or over <see cref="ClientLinkRules.QuestionMaxLength"/>), or null.</summary>
    public static ClientLinkIssue? AnswerProblem(string? text) => (text?.Trim() ?? "") switch
    {
        { Length: 0 } => new(ClientLinkIssueCodes.AnswerEmpty, "Write your answer first.", "text"),
        { Length: > ClientLinkRules.QuestionMaxLength } long_ => new(ClientLinkIssueCodes.TextTooLong,
            $"Keep it to {ClientLinkRules.QuestionMaxLength} characters; this has {long_.Length}.", "text"),
        _ => null,
    };

    public static ClientQuestion FromTheClient(ClientLink link, string text, DateTimeOffset at) => new()
    {
        ProposalId = link.ProposalId,
        ClientLinkId = link.Id,
        FromClient = true,
        AuthorName = link.RecipientName,
        Text = text.Trim(),
        At = at,
    };

    public static ClientQuestion Answer(ClientLink link, string authorId, string authorName, string text, DateTimeOffset at) => new()
    {
        ProposalId = link.ProposalId,
        ClientLinkId = link.Id,
        FromClient = false,
        AuthorId = authorId,
        AuthorName = authorName,
        Text = text.Trim(),
        At = at,
    };
}
