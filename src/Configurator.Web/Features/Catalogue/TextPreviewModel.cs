using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed record TextPreviewModel(string? Output, IReadOnlyList<TextSyntaxError> Errors)
{
    /// <summary>Why the text was not previewed at all (too long to be saved), in the reader's language.</summary>
    public string? Refusal { get; init; }
}
