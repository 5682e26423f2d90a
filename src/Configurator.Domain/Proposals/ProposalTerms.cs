namespace Configurator.Domain.Proposals;

/// <summary>The API's words (in-review, zh-CN) and the pages' labels for proposals.</summary>
public static class ProposalTerms
{
    public static readonly IReadOnlyList<string> Languages = ["en", "zh-CN"];

    public const int TitleMaxLength = 200;
    public const int OptionNameMaxLength = 60;
    public const int CommentMaxLength = 2_000;

    /// <summary>A line's note and a pain point's "why not" are a sentence or two, printed in the document.</summary>
    public const int NoteMaxLength = 500;
    public const int DefaultTermMonths = 36;

    public static string Code<T>(T value)
        where T : struct, Enum => ContractCode.Of(value);

    public static string Label(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Draft",
        ProposalStatus.InReview => "In review",
        ProposalStatus.Approved => "Approved",
        ProposalStatus.Sent => "Sent",
        ProposalStatus.Won => "Won",
        ProposalStatus.Lost => "Lost",
        _ => "Withdrawn",
    };
}
