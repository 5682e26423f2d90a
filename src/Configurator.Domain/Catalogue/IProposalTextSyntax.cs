namespace Configurator.Domain.Catalogue;

/// <summary>
/// Checks that a proposal text is a valid template snippet. The domain states the rule; the web
/// layer answers it with the template engine.
/// </summary>
public interface IProposalTextSyntax
{
    IReadOnlyList<TextSyntaxError> Check(string text);
}
