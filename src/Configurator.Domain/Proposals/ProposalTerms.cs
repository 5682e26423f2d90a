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

    /// <summary>Options side by side in one proposal: a buyer compares three; the bound keeps the builder and the document readable.</summary>
    public const int MaxOptions = 6;

    /// <summary>Lines in one option: more than a catalogue of solutions needs, few enough that the builder and the document stay quick.</summary>
    public const int MaxLinesPerOption = 100;

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
