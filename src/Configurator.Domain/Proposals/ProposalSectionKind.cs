namespace Configurator.Domain.Proposals;

/// <summary>
/// A section of the document that presales write in Markdown, with its code (the API's word and the
/// template's key) and how long it may be. Each is optional: the document prints what is filled.
/// </summary>
public sealed record ProposalSectionKind(string Code, string Label, int MaxLength)
{
    public static readonly ProposalSectionKind Introduction = new("introduction", "Introduction", 4_000);
    public static readonly ProposalSectionKind Understanding = new("understanding", "Our understanding", 6_000);
    public static readonly ProposalSectionKind Approach = new("approach", "Approach and timeline", 6_000);
    public static readonly ProposalSectionKind References = new("references", "References", 12_000);
    public static readonly ProposalSectionKind Closing = new("closing", "Closing", 2_000);
    public static readonly ProposalSectionKind Terms = new("terms", "Terms and conditions", 20_000);

    /// <summary>Every section, in the order the builder lists them (the document's order is the template's).</summary>
    public static readonly IReadOnlyList<ProposalSectionKind> All = [Introduction, Understanding, Approach, References, Closing, Terms];

    public static ProposalSectionKind? Find(string? code) => All.FirstOrDefault(k => string.Equals(k.Code, code?.Trim(), StringComparison.Ordinal));

    /// <summary>
    /// The text as it is kept (line endings as \n, no trailing blank space), or why it cannot be: longer
    /// than the section allows. <paramref name="field"/> names the value in the refusal.
    /// </summary>
    public (string Text, ProposalIssue? Problem) Check(string? text, string field = "text")
    {
        var kept = (text ?? "").ReplaceLineEndings("\n").TrimEnd();
        kept = kept.TrimStart('\n');
        return kept.Length > MaxLength
            ? (kept, new ProposalIssue(ProposalIssueCodes.SectionTooLong,
                $"Keep the {Label.ToLowerInvariant()} to {MaxLength:N0} characters; this has {kept.Length:N0}. Shorten it, or move detail to an appendix sent separately.", field))
            : (kept, null);
    }
}
