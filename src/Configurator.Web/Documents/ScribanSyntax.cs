using Configurator.Domain.Catalogue;

namespace Configurator.Web.Documents;

/// <summary>
/// Answers the domain's "is this proposal text right?" with the renderer itself: it must parse, name only
/// placeholders, and render for the sample client, as the live preview and the documents render it.
/// </summary>
public sealed class ScribanSyntax(ProposalTextRenderer renderer) : IProposalTextSyntax
{
    public IReadOnlyList<TextSyntaxError> Check(string text) => renderer.Check(text, ProposalTextData.Sample);
}
