using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Documents;

/// <summary>The <c>ProposalTexts:*</c> settings, checked when the app starts.</summary>
public sealed class ProposalTextSettings
{
    public const string Section = "ProposalTexts";

    /// <summary>
    /// The processor time all item texts of one document (or one builder view) may take together; once it
    /// is spent the remaining texts print their marker. Each text also stops after 250 ms of its own.
    /// </summary>
    [Range(100, 30_000, ErrorMessage = "ProposalTexts:BudgetMilliseconds is a number of milliseconds from 100 to 30000.")]
    public int BudgetMilliseconds { get; set; } = 1_000;

    /// <summary>
    /// The total length of the texts kept parsed (the parse cache's bound by memory; a parsed text takes
    /// a few times its length). A text is parsed again when it was dropped.
    /// </summary>
    [Range(20_000, 500_000_000, ErrorMessage = "ProposalTexts:ParsedCacheCharacters is a number of characters from 20000 to 500000000.")]
    public int ParsedCacheCharacters { get; set; } = 4_000_000;

    public TimeSpan Budget => TimeSpan.FromMilliseconds(BudgetMilliseconds);
}
