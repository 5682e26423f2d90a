using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed record TextPreviewModel(string? Output, IReadOnlyList<TextSyntaxError> Errors);
