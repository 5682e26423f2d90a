using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Configurator.Domain.Catalogue;
using Scriban;
using Scriban.Syntax;

namespace Configurator.Web.Documents;

/// <summary>The client and the opportunity a proposal text is rendered for; <see cref="ProposalTextPlaceholders"/> says what a text may read of it.</summary>
public sealed record ProposalTextData(string ClientName, string Industry, string Region, string OpportunityName, string Currency)
{
    public static readonly ProposalTextData Sample = new("Nordby Foods", "Food and beverage", "Nordics", "Peak readiness", "EUR");
}

/// <summary>
/// Renders an item's proposal text with a client's data, under tight limits (a text is any product
/// manager's Scriban). Never throws for what was typed: a failure comes back as errors with line and
/// column. The output is plain text; the document escapes it where it places it.
/// </summary>
public sealed class ProposalTextRenderer
{
    private const int CachedTexts = 4_096;

    // The builder checks every line's text on each change, and a document renders them again: parse a
    // text once (with the limits' nesting depth), keep the template or its errors by the text itself.
    private readonly ConcurrentDictionary<string, (Template? Template, IReadOnlyList<TextSyntaxError> Errors)> _parsed = new(StringComparer.Ordinal);

    // Whether a text renders for a client depends only on the text and the client's data: the builder
    // asks for every line on every change, so the answer is kept (errors only; the output is not needed).
    private readonly ConcurrentDictionary<(string Text, ProposalTextData Data), IReadOnlyList<TextSyntaxError>> _checked = new();

    /// <summary>The errors the text gives for this client, or none; the same answer as <see cref="Render"/>'s, kept.</summary>
    public IReadOnlyList<TextSyntaxError> Check(string text, ProposalTextData data)
    {
        if (_checked.TryGetValue((text, data), out var errors))
        {
            return errors;
        }
        errors = Render(text, data).Errors;
        if (_checked.Count >= CachedTexts)
        {
            _checked.Clear();
        }
        _checked[(text, data)] = errors;
        return errors;
    }

    /// <summary>The text with sample client data, as the catalogue's live preview shows it.</summary>
    public (string? Output, IReadOnlyList<TextSyntaxError> Errors) Preview(string text) => Render(text, ProposalTextData.Sample);

    public (string? Output, IReadOnlyList<TextSyntaxError> Errors) Render(string text, ProposalTextData data)
    {
        var (template, errors) = Parse(text);
        if (template is null)
        {
            return (null, errors);
        }
        // A name that is not a placeholder (a misspelt member, variable or function) is an error, never a silent blank.
        var context = new SafeTemplateContext(TemplateLimits.ProposalText, escapeHtml: false) { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(ProposalTextPlaceholders.Globals(data));
        try
        {
            return (template.Render(context), []);
        }
        catch (ScriptRuntimeException e)
        {
            return (null, [new TextSyntaxError(e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage)]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or
            InvalidCastException or RegexMatchTimeoutException or IndexOutOfRangeException or DivideByZeroException)
        {
            return (null, [new TextSyntaxError(1, 1, e.Message)]);
        }
    }

    private (Template? Template, IReadOnlyList<TextSyntaxError> Errors) Parse(string text)
    {
        if (_parsed.TryGetValue(text, out var parsed))
        {
            return parsed;
        }
        var template = Template.Parse(text, null, TemplateLimits.ProposalText.Parser);
        var errors = template.Messages
            .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
            .Select(m => new TextSyntaxError(m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
            .ToList();
        if (errors.Count == 0)
        {
            errors.AddRange(ProposalTextPlaceholders.UnknownMembers(template.Page));
        }
        parsed = errors.Count > 0 ? (null, errors) : (template, []);
        if (_parsed.Count >= CachedTexts)
        {
            _parsed.Clear();
        }
        _parsed[text] = parsed;
        return parsed;
    }
}
