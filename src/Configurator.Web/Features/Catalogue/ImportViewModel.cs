using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>The import page: an empty form, the issues of a file that does not import, or its dry run.</summary>
public sealed record ImportViewModel(string? FileName, string? Content, string Format, IReadOnlyList<CatalogueIssue> Issues, CatalogueImportPlan? Plan);
