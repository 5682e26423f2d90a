namespace Configurator.Domain.Proposals;

/// <summary>
/// A reusable text product managers keep in the catalogue (a case study, a reference, a certification),
/// in Markdown, in English and Chinese, tagged by the industries and pain categories it speaks to.
/// Presales insert a copy into a proposal: a block changed later does not change a proposal, let alone an
/// issued revision.
/// </summary>
public sealed class ContentBlock
{
    public const int TitleMaxLength = 120;
    public const int TextMaxLength = 4_000;
    public const int TagsMaxLength = 1_000;
    public static readonly IReadOnlyList<string> Kinds = ["case-study", "reference", "certification"];

    private ContentBlock()
    {
    }

    public int Id { get; private set; }

    /// <summary>case-study, reference or certification.</summary>
    public string Kind { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The Chinese title and text; empty prints the English.</summary>
    public string TitleZh { get; private set; } = "";

    public string TextZh { get; private set; } = "";

    /// <summary>Industries, as the account lists name them, joined by '|'.</summary>
    public string Industries { get; private set; } = "";

    /// <summary>Pain category codes, joined by '|'.</summary>
    public string Categories { get; private set; } = "";

    public int Version { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyList<string> IndustryTags => Split(Industries);

    public IReadOnlyList<string> CategoryTags => Split(Categories);

    public static ContentBlock New() => new() { Kind = Kinds[0] };

    /// <summary>The title and Markdown a proposal in <paramref name="language"/> copies: the Chinese where written, else the English.</summary>
    public (string Title, string Text) For(string language) => language == "zh-CN"
        ? (TitleZh.Length > 0 ? TitleZh : Title, TextZh.Length > 0 ? TextZh : Text)
        : (Title, Text);

    /// <summary>How well the block fits a client: two for its industry, one per pain category it shares; zero when it says nothing to them.</summary>
    public int Fit(string industry, IEnumerable<string> categories) =>
        (IndustryTags.Contains(industry, StringComparer.OrdinalIgnoreCase) ? 2 : 0) + categories.Distinct(StringComparer.Ordinal).Count(CategoryTags.Contains);

    /// <summary>Changes everything at once, or nothing and says what to fix, field by field.</summary>
    public IReadOnlyList<ProposalIssue> Write(string? kind, string? title, string? text, string? titleZh, string? textZh,
        IEnumerable<string> industries, IEnumerable<string> categories, DateTimeOffset at)
    {
        var issues = new List<ProposalIssue>();
        var k = kind?.Trim() ?? "";
        if (!Kinds.Contains(k))
        {
            issues.Add(new("block-kind-unknown", $"Choose what the block is: {string.Join(", ", Kinds)}.", "kind"));
        }
        var t = title?.Trim() ?? "";
        var tz = titleZh?.Trim() ?? "";
        if (t.Length == 0)
        {
            issues.Add(new("block-title-missing", "Give the block a title, e.g. the client and what they achieved.", "title"));
        }
        foreach (var (value, field) in new[] { (t, "title"), (tz, "titleZh") })
        {
            if (value.Length > TitleMaxLength)
            {
                issues.Add(new("block-title-too-long", $"Keep the title to {TitleMaxLength} characters; this has {value.Length}.", field));
            }
        }
        var body = Normalise(text);
        var bodyZh = Normalise(textZh);
        if (body.Length == 0)
        {
            issues.Add(new("block-text-missing", "Write the block's text: what the client had, what we did, what it brought.", "text"));
        }
        foreach (var (value, field) in new[] { (body, "text"), (bodyZh, "textZh") })
        {
            if (value.Length > TextMaxLength)
            {
                issues.Add(new("block-text-too-long", $"Keep the text to {TextMaxLength:N0} characters; this has {value.Length:N0}.", field));
            }
        }
        var industryTags = string.Join('|', Clean(industries));
        var categoryTags = string.Join('|', Clean(categories));
        if (industryTags.Length > TagsMaxLength || categoryTags.Length > TagsMaxLength)
        {
            issues.Add(new("block-tags-too-long", "Tag the block with fewer industries or pain categories.", industryTags.Length > TagsMaxLength ? "industries" : "categories"));
        }
        if (issues.Count > 0)
        {
            return issues;
        }
        (Kind, Title, Text, TitleZh, TextZh, Industries, Categories, ChangedAt) = (k, t, body, tz, bodyZh, industryTags, categoryTags, at);
        Version++;
        return [];
    }

    private static string Normalise(string? text) => (text ?? "").ReplaceLineEndings("\n").Trim('\n', ' ', '\t');

    private static IEnumerable<string> Clean(IEnumerable<string> tags) =>
        tags.Select(t => t.Replace('|', ' ').Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);

    private static IReadOnlyList<string> Split(string joined) => joined.Length == 0 ? [] : joined.Split('|');
}
