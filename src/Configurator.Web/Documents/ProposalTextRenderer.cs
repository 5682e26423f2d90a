using System.Text.RegularExpressions;
using Configurator.Domain.Catalogue;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
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
public sealed class ProposalTextRenderer : IDisposable
{
    private readonly ProposalTextSettings _settings;

    // The builder checks every line's text on each change, and a document renders them again: a text is
    // parsed once (with the limits' nesting depth) and its template or errors kept by the text itself;
    // whether it renders for a client is kept too (errors only). Both are weighed by the text's length,
    // so what is kept is bounded by memory, not by the number of texts.
    private readonly MemoryCache _cache;

    public ProposalTextRenderer(IOptions<ProposalTextSettings> settings)
    {
        _settings = settings.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _settings.ParsedCacheCharacters, TrackStatistics = true });
    }

    /// <summary>The total length of the texts kept, parsed or checked: at most <see cref="ProposalTextSettings.ParsedCacheCharacters"/>.</summary>
    public long CachedCharacters => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>A fresh budget for the item texts of one document or one builder view.</summary>
    public TextBudget NewBudget() => new(_settings.Budget);

    /// <summary>The errors the text gives for this client, or none; the same answer as <see cref="Render"/>'s, kept.</summary>
    public IReadOnlyList<TextSyntaxError> Check(string text, ProposalTextData data, TextBudget? budget = null)
    {
        if (_cache.TryGetValue((text, data), out IReadOnlyList<TextSyntaxError>? errors) && errors is not null)
        {
            return errors;
        }
        var (_, rendered, unfinished) = RenderWithin(text, data, budget);
        if (!unfinished)
        {
            // Not kept when the budget stopped it: with a budget of its own the text may well render.
            Keep((text, data), rendered, text.Length);
        }
        return rendered;
    }

    /// <summary>The text with sample client data, as the catalogue's live preview shows it.</summary>
    public (string? Output, IReadOnlyList<TextSyntaxError> Errors) Preview(string text) => Render(text, ProposalTextData.Sample);

    /// <summary>
    /// Renders the text for this client within its own limits and, when given, what is left of the
    /// document's <paramref name="budget"/>; a text that starts when the budget is spent is not rendered.
    /// </summary>
    public (string? Output, IReadOnlyList<TextSyntaxError> Errors) Render(string text, ProposalTextData data, TextBudget? budget = null)
    {
        var (output, errors, _) = RenderWithin(text, data, budget);
        return (output, errors);
    }

    private (string? Output, IReadOnlyList<TextSyntaxError> Errors, bool StoppedByBudget) RenderWithin(string text, ProposalTextData data, TextBudget? budget)
    {
        if (budget is { IsSpent: true })
        {
            return (null, [BudgetSpent(budget)], true);
        }
        var started = ThreadCpuClock.Now();
        try
        {
            var (template, errors) = Parse(text);
            if (template is null)
            {
                return (null, errors, false);
            }
            var limits = TemplateLimits.ProposalText;
            var cut = budget is not null && budget.Remaining < limits.Time;
            if (cut)
            {
                limits = limits with { Time = budget!.Remaining };
            }
            // A name that is not a placeholder (a misspelt member, variable or function) is an error, never a silent blank.
            var context = new SafeTemplateContext(limits, escapeHtml: false) { StrictVariables = true, EnableRelaxedMemberAccess = false };
            context.PushGlobal(ProposalTextPlaceholders.Globals(data));
            try
            {
                return (template.Render(context), [], false);
            }
            catch (ScriptRuntimeException e)
            {
                return cut && context.TimedOut
                    ? (null, [BudgetSpent(budget!)], true)
                    : (null, [new TextSyntaxError(e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage)], false);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or
                InvalidCastException or RegexMatchTimeoutException or IndexOutOfRangeException or DivideByZeroException)
            {
                return (null, [new TextSyntaxError(1, 1, e.Message)], false);
            }
        }
        finally
        {
            budget?.Charge(started);
        }
    }

    private static TextSyntaxError BudgetSpent(TextBudget budget) =>
        new(1, 1, $"Not rendered: this document's {budget.Total.TotalMilliseconds:0} ms for item texts were spent on the texts before it.");

    private (Template? Template, IReadOnlyList<TextSyntaxError> Errors) Parse(string text)
    {
        if (_cache.TryGetValue(text, out (Template? Template, IReadOnlyList<TextSyntaxError> Errors) parsed))
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
        Keep(text, parsed, text.Length);
        return parsed;
    }

    // An entry weighs its text's length (at least 1); one larger than the whole cache is not kept.
    private void Keep<T>(object key, T value, int length)
    {
        if (length < _settings.ParsedCacheCharacters)
        {
            _cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, length) });
        }
    }

    public void Dispose() => _cache.Dispose();
}
