using System.Text.RegularExpressions;
using Configurator.Web.Documents;

namespace Configurator.Web.Tests.Documents;

/// <summary>The sanitiser between presales' Markdown and Chromium: hostile inputs come out as text, and only whitelisted elements without attributes come out as markup.</summary>
public sealed partial class SafeMarkdownTests
{
    public static TheoryData<string> Hostile => new()
    {
        "<script>alert(1)</script>",
        "Hello <img src=x onerror=alert(1)> world",
        "<div style=\"position:fixed\">cover</div>",
        "[click me](javascript:alert(1))",
        "[click me](JaVaScRiPt:alert(1) \"title\")",
        "![logo](http://127.0.0.1:9/track.png)",
        "<http://127.0.0.1:9/leak>",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "<iframe src=\"https://evil.example\"></iframe>",
        "```html\n<script>alert(1)</script>\n```",
        "    <script>indented code</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<a href=\"https://evil.example\">link</a>",
        "**bold <svg onload=alert(1)>**",
        "| a | <b>b</b> |\n| - | - |\n| <script>x</script> | [y](javascript:z) |",
        "<!-- comment --><style>body{display:none}</style>",
        new string('>', 5_000) + " deep",
        new string('[', 10_000) + "x" + new string(']', 10_000),
        string.Concat(Enumerable.Repeat("- ", 2_000)) + "deep list",
        string.Concat(Enumerable.Repeat("*a **b ", 2_000)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void ToHtmlEmitsOnlyWhitelistedElementsWithoutAttributes(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        foreach (Match tag in Tag().Matches(html))
        {
            Assert.Contains(tag.Groups[1].Value, SafeMarkdown.Elements);
            Assert.Equal("", tag.Groups[2].Value);
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:alert(1)\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RawHtmlAndScriptPrintAsTheCharactersTyped()
    {
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", SafeMarkdown.ToHtml("<script>alert(1)</script>"));
        Assert.Equal("<p>Hello &lt;img src=x onerror=alert(1)&gt; world</p>", SafeMarkdown.ToHtml("Hello <img src=x onerror=alert(1)> world"));
    }

    [Fact]
    public void ALinkPrintsItsTextOnlyWhateverItsTarget()
    {
        Assert.Equal("<p>see <strong>the plan</strong> here</p>", SafeMarkdown.ToHtml("see [**the plan**](javascript:alert(1)) here"));
        Assert.Equal("<p>site</p>", SafeMarkdown.ToHtml("[site](https://example.com)"));
    }

    [Fact]
    public void AnImagePrintsItsDescriptionAndLoadsNothing()
    {
        Assert.Equal("<p>Our logo</p>", SafeMarkdown.ToHtml("![Our logo](http://127.0.0.1:9/track.png)"));
    }

    [Fact]
    public void AnEntityStaysEscaped()
    {
        Assert.Equal("<p>&lt;script&gt; &amp; 5 &gt; 3</p>", SafeMarkdown.ToHtml("&lt;script&gt; &amp; 5 > 3"));
    }

    [Fact]
    public void TheSafeSubsetBecomesItsElements()
    {
        var html = SafeMarkdown.ToHtml("# Plan\n\n## Phase\n\n### Detail\n\n#### Deeper\n\n*one* and **two**\n\n- a\n- b\n\n1. x\n2. y\n\n> quoted\n\n| Phase | Weeks |\n| --- | --- |\n| Design | 2 |");

        Assert.Equal("<h2>Plan</h2><h3>Phase</h3><h4>Detail</h4><h4>Deeper</h4><p><em>one</em> and <strong>two</strong></p><ul><li>a</li><li>b</li></ul>"
            + "<ol><li>x</li><li>y</li></ol><blockquote><p>quoted</p></blockquote>"
            + "<table><thead><tr><th>Phase</th><th>Weeks</th></tr></thead><tbody><tr><td>Design</td><td>2</td></tr></tbody></table>", html);
    }

    [Fact]
    public void ChineseTextPassesUnchanged()
    {
        Assert.Equal("<p>尊敬的王丽：<strong>感谢</strong>（您）</p>", SafeMarkdown.ToHtml("尊敬的王丽：**感谢**（您）"));
    }

    [Fact]
    public void CheckRefusesNestingTooDeepToParseAndToHtmlPrintsItAsText()
    {
        var deep = new string('>', 5_000) + " deep";

        Assert.Single(SafeMarkdown.Check(deep));
        Assert.Equal("<p>" + new string('>', 5_000).Replace(">", "&gt;") + " deep</p>", SafeMarkdown.ToHtml(deep));
    }

    [Fact]
    public void CheckRefusesATableTooLargeForAPage()
    {
        var rows = string.Concat(Enumerable.Range(1, SafeMarkdown.MaxTableRows + 1).Select(i => $"| {i} | x |\n"));
        var wide = "| " + string.Join(" | ", Enumerable.Range(1, SafeMarkdown.MaxTableColumns + 1)) + " |\n|" + string.Concat(Enumerable.Repeat(" - |", SafeMarkdown.MaxTableColumns + 1));

        Assert.Single(SafeMarkdown.Check("| n | x |\n| - | - |\n" + rows));
        Assert.Single(SafeMarkdown.Check(wide));
        Assert.Empty(SafeMarkdown.Check("| Phase | Weeks |\n| --- | --- |\n| Design | 2 |"));
        Assert.Empty(SafeMarkdown.Check("<table><tr><td>raw html is text</td></tr></table>"));
    }

    [GeneratedRegex("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>")]
    private static partial Regex Tag();
}
