using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>An uploaded file read into the catalogue format (or why it could not be), and how to say where an issue of it is.</summary>
public sealed record CatalogueUploadRead(CatalogueFile? File, IReadOnlyList<CatalogueIssue> Issues, Func<string, string> Locate);
