using System.Net;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Configurator.Web.Documents;

/// <summary>
/// How far a template may go before it is stopped: the guard against hostile or runaway Scriban. Its
/// <see cref="Time"/> is the rendering thread's own processor time (<see cref="ProcessorDeadline"/>).
/// </summary>
public sealed record TemplateLimits(int Loops, int Recursion, int ExpressionDepth, int OutputCharacters, TimeSpan Time)
{
    /// <summary>The document templates under templates/: large documents, written by the company.</summary>
    public static readonly TemplateLimits Document = new(200_000, 64, 250, 20_000_000, TimeSpan.FromSeconds(10));

    /// <summary>An item's proposal text: a few paragraphs, written by any product manager.</summary>
    public static readonly TemplateLimits ProposalText = new(1_000, 16, 64, 20_000, TimeSpan.FromMilliseconds(250));

    public ParserOptions Parser => new() { ExpressionDepthLimit = ExpressionDepth };
}

/// <summary>
/// The Scriban context of every render: loops, recursion, output and time are limited, and only the
/// document model's own properties can be read. For HTML (documents), whatever a template interpolates
/// is HTML-escaped unless the template says <c>| raw</c> (for HTML the app produced itself, such as its
/// own stylesheet).
/// </summary>
public sealed class SafeTemplateContext : TemplateContext
{
    private static readonly string _modelNamespace = typeof(ProposalDocument).Namespace!;
    private readonly ProcessorDeadline _deadline;
    private readonly TimeSpan _time;
    private readonly bool _escapeHtml;

    public SafeTemplateContext(TemplateLimits limits, bool escapeHtml, ITemplateLoader? loader = null)
    {
        _escapeHtml = escapeHtml;
        LoopLimit = limits.Loops;
        LoopLimitQueryable = limits.Loops;
        RecursiveLimit = limits.Recursion;
        OutputLimit = limits.OutputCharacters;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        LimitToString = limits.OutputCharacters;
        RegexTimeOut = limits.Time < TimeSpan.FromMilliseconds(100) ? limits.Time : TimeSpan.FromMilliseconds(100);
        TemplateLoader = loader;
        TemplateLoaderParserOptions = limits.Parser;
        MemberRenamer = StandardMemberRenamer.Default;
        MemberFilter = member => member is PropertyInfo { DeclaringType.Namespace: var ns } && ns == _modelNamespace;
        EnableRelaxedMemberAccess = true;
        _time = limits.Time;
        _deadline = new ProcessorDeadline(limits.Time);
        BuiltinObject.Import("raw", new Func<object?, RawHtml>(value => new RawHtml(value as string ?? ObjectToString(value) ?? "")));
        BuiltinObject.Import("tidy", new Func<object?, string>(value => UnitWords.Tidy(value as string ?? ObjectToString(value) ?? "")));
        BuiltinObject.Import("css_string", new Func<object?, RawHtml>(value => new RawHtml(CssString(value as string ?? ObjectToString(value) ?? ""))));
    }

    /// <summary>Makes a global object the template reads (properties renamed to snake_case).</summary>
    public void Push(object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, filter: MemberFilter, renamer: MemberRenamer);
        PushGlobal(globals);
    }

    /// <summary>Whether the render was stopped because its time ran out.</summary>
    public bool TimedOut { get; private set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // Checked on output too, not only in loops: a text of many slow expressions has no loop to stop it.
        CheckTime(span);
        return textAsObject switch
        {
            RawHtml raw => base.Write(span, raw.Html),
            null => this,
            _ when _escapeHtml => base.Write(span, WebUtility.HtmlEncode(textAsObject as string ?? ObjectToString(textAsObject))),
            _ => base.Write(span, textAsObject),
        };
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        CheckTime(loop.Span);
        return base.OnStepLoop(loop);
    }

    private void CheckTime(SourceSpan span)
    {
        if (_deadline.HasPassed())
        {
            TimedOut = true;
            throw new ScriptRuntimeException(span, $"The template took longer than {_time.TotalMilliseconds:0} ms and was stopped.");
        }
    }

    /// <summary>
    /// A quoted CSS string for stylesheets (the running header's <c>content:</c>): every character but
    /// letters, digits and spaces as a hex escape, so nothing typed can end the string, the rule or
    /// the &lt;style&gt; element.
    /// </summary>
    public static string CssString(string text)
    {
        var css = new System.Text.StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c == ' ')
            {
                css.Append(c);
                continue;
            }
            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : c;
            // The space ends the escape (CSS always consumes one after a hex escape), so a real space after it stays.
            css.Append('\\').Append(codePoint.ToString("X6", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        }
        return css.Append('"').ToString();
    }

    /// <summary>Output a template asked for unescaped with <c>| raw</c>.</summary>
    public sealed record RawHtml(string Html)
    {
        public override string ToString() => Html;
    }
}
