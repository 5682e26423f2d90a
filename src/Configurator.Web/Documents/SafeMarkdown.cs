using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Configurator.Web.Documents;

/// <summary>A Markdown text that cannot be printed as written: a stable code and the sentence that says what to change.</summary>
public sealed record MarkdownProblem(string Code, string Message);

/// <summary>
/// Presales' Markdown as a document prints it: parsed by Markdig with raw HTML off, then written out by
/// walking the syntax tree and emitting only a small list of elements without attributes (h2–h4, p, ul,
/// ol, li, em, strong, table, thead, tbody, tr, th, td, blockquote, br). Everything else is text: raw
/// HTML and script arrive as escaped text, a link prints its text (never a link out of the document),
/// an image its description, code its characters. What Markdig does not know to be safe is never passed on
/// as markup: there is no HTML renderer in the path.
/// </summary>
public static class SafeMarkdown
{
    public const int MaxTableRows = 40;
    public const int MaxTableColumns = 8;
    public const string TableTooLarge = "table-too-large";
    public const string NestedTooDeep = "nested-too-deep";

    /// <summary>The elements the output may contain; a test reads every tag of hostile inputs against it.</summary>
    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.Ordinal)
    {
        "h2", "h3", "h4", "p", "ul", "ol", "li", "em", "strong", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "br",
    };

    // Deeper lists or quotes than this are read as text: a document has no use for them, and a parser should not recurse without end.
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = 12 }
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>What keeps the text from being printed: a table too large for a page.</summary>
    public static IReadOnlyList<MarkdownProblem> Check(string markdown)
    {
        var problems = new List<MarkdownProblem>();
        if (Parse(markdown) is not { } document)
        {
            return [new(NestedTooDeep, "Lists or quotes are nested too deeply to print; keep them to a few levels.")];
        }
        foreach (var table in document.Descendants<Table>())
        {
            var rows = table.Count;
            var columns = table.OfType<TableRow>().Select(r => r.Count).DefaultIfEmpty(0).Max();
            if (rows > MaxTableRows || columns > MaxTableColumns)
            {
                problems.Add(new(TableTooLarge, $"A table may have up to {MaxTableRows} rows and {MaxTableColumns} columns to fit a page; this one has {rows} rows and {columns} columns. Split it or shorten it."));
            }
        }
        return problems;
    }

    /// <summary>The text as the whitelisted HTML a document prints; empty for an empty text.</summary>
    public static string ToHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var html = new StringBuilder(markdown.Length * 2);
        if (Parse(markdown) is not { } document)
        {
            // Refused at save; should such a text reach a document anyway, it prints as the characters typed.
            html.Append("<p>");
            Escape(markdown, html);
            html.Append("</p>");
            return html.ToString();
        }
        foreach (var block in document)
        {
            Block(block, html, tight: false);
        }
        return html.ToString();
    }

    /// <summary>The syntax tree, or null when the text nests deeper than the pipeline allows (Markdig refuses it).</summary>
    private static MarkdownDocument? Parse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Block(Block block, StringBuilder html, bool tight)
    {
        switch (block)
        {
            case HeadingBlock heading:
                // One # is a heading inside a section, whose own title is the document's h2: h2 … h4, no deeper.
                var level = Math.Clamp(heading.Level + 1, 2, 4);
                html.Append("<h").Append(level).Append('>');
                Inlines(heading.Inline, html);
                html.Append("</h").Append(level).Append('>');
                break;
            case ParagraphBlock paragraph when tight:
                Inlines(paragraph.Inline, html);
                break;
            case ParagraphBlock paragraph:
                html.Append("<p>");
                Inlines(paragraph.Inline, html);
                html.Append("</p>");
                break;
            case ListBlock list:
                var tag = list.IsOrdered ? "ol" : "ul";
                html.Append('<').Append(tag).Append('>');
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    html.Append("<li>");
                    foreach (var child in item)
                    {
                        Block(child, html, tight: !list.IsLoose);
                    }
                    html.Append("</li>");
                }
                html.Append("</").Append(tag).Append('>');
                break;
            case QuoteBlock quote:
                html.Append("<blockquote>");
                foreach (var child in quote)
                {
                    Block(child, html, tight: false);
                }
                html.Append("</blockquote>");
                break;
            case Table table:
                TableBlock(table, html);
                break;
            case CodeBlock code:
                // Code (and raw HTML, were it ever parsed as such) prints as the characters typed.
                html.Append("<p>");
                var first = true;
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    if (!first)
                    {
                        html.Append("<br>");
                    }
                    Escape(line.Slice.ToString(), html);
                    first = false;
                }
                html.Append("</p>");
                break;
            case LeafBlock { Inline: { } inline }:
                html.Append("<p>");
                Inlines(inline, html);
                html.Append("</p>");
                break;
            case ContainerBlock container and not LinkReferenceDefinitionGroup:
                foreach (var child in container)
                {
                    Block(child, html, tight);
                }
                break;
            default:
                // Thematic breaks, link definitions, blank lines: nothing to print.
                break;
        }
    }

    private static void TableBlock(Table table, StringBuilder html)
    {
        html.Append("<table>");
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.TakeWhile(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            html.Append("<thead>");
            header.ForEach(r => Row(r, "th", html));
            html.Append("</thead>");
        }
        html.Append("<tbody>");
        rows.Skip(header.Count).ToList().ForEach(r => Row(r, "td", html));
        html.Append("</tbody></table>");
    }

    private static void Row(TableRow row, string cellTag, StringBuilder html)
    {
        html.Append("<tr>");
        foreach (var cell in row.OfType<TableCell>())
        {
            html.Append('<').Append(cellTag).Append('>');
            foreach (var child in cell)
            {
                Block(child, html, tight: true);
            }
            html.Append("</").Append(cellTag).Append('>');
        }
        html.Append("</tr>");
    }

    private static void Inlines(ContainerInline? container, StringBuilder html)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            Inline(inline, html);
        }
    }

    private static void Inline(Inline inline, StringBuilder html)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Escape(literal.Content.ToString(), html);
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                html.Append('<').Append(tag).Append('>');
                Inlines(emphasis, html);
                html.Append("</").Append(tag).Append('>');
                break;
            case LinkInline link:
                // A link prints its text and an image its description: a document points nowhere and loads nothing.
                Inlines(link, html);
                break;
            case AutolinkInline autolink:
                Escape(autolink.Url, html);
                break;
            case CodeInline code:
                Escape(code.Content, html);
                break;
            case LineBreakInline lineBreak:
                html.Append(lineBreak.IsHard ? "<br>" : "\n");
                break;
            case HtmlEntityInline entity:
                Escape(entity.Transcoded.ToString(), html);
                break;
            case HtmlInline raw:
                Escape(raw.Tag, html);
                break;
            case ContainerInline container:
                // Delimiters left unmatched (a lone "[" or "*") and anything unknown: its characters, as text.
                if (container is DelimiterInline delimiter)
                {
                    Escape(delimiter.ToLiteral(), html);
                }
                Inlines(container, html);
                break;
            default:
                break;
        }
    }

    private static void Escape(string text, StringBuilder html)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\0': break;
                default: html.Append(c); break;
            }
        }
    }
}
