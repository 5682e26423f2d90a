using Configurator.Domain.Catalogue;
using Scriban;

namespace Configurator.Web.Documents;

/// <summary>Answers the domain's "does this proposal text parse?" with Scriban's own parser.</summary>
public sealed class ScribanSyntax : IProposalTextSyntax
{
    public IReadOnlyList<TextSyntaxError> Check(string text)
    {
        var template = Template.Parse(text);
        return template.HasErrors
            ? template.Messages
                .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(m => new TextSyntaxError(m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
                .ToList()
            : [];
    }
}
