using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>Either the issues that stop an import, or the plan of what it does.</summary>
public sealed record CatalogueImportResult(IReadOnlyList<CatalogueIssue> Issues, CatalogueImportPlan? Plan);
