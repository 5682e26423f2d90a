using Configurator.Domain.Catalogue;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Configurator.Web.Documents;

/// <summary>
/// Renders an item's proposal text with sample client data, the way the proposal will, so a product
/// manager sees the result while writing. Errors come back with line and column, never as an exception.
/// The output is plain text: the document escapes it where it places it.
/// </summary>
public sealed class ProposalTextPreview(IProposalTextSyntax syntax)
{
    public static readonly object SampleData = new
    {
        Client = new { Name = "Nordby Foods", Industry = "Food and beverage", Region = "Nordics" },
        Opportunity = new { Name = "Peak readiness", Currency = "EUR" },
    };

    public (string? Output, IReadOnlyList<TextSyntaxError> Errors) Render(string text)
    {
        var errors = syntax.Check(text);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var globals = new ScriptObject();
        globals.Import(SampleData, renamer: StandardMemberRenamer.Default);
        var context = new TemplateContext
        {
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = 1_000,
            RecursiveLimit = 20,
            LimitToString = 100_000,
            EnableRelaxedMemberAccess = true,
            TemplateLoader = null,
        };
        context.PushGlobal(globals);
        try
        {
            return (Template.Parse(text).Render(context), []);
        }
        catch (ScriptRuntimeException e)
        {
            return (null, [new TextSyntaxError(e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage)]);
        }
    }
}
