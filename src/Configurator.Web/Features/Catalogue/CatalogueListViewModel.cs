using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed record CatalogueListViewModel(
    CatalogueListQuery Query,
    IReadOnlyList<CatalogueListRow> Rows,
    int Total,
    int PageCount,
    IReadOnlyList<PainCategorySpec> Categories,
    IReadOnlyList<string> Currencies,
    IReadOnlyList<string> CurrenciesInUse,
    bool CanEdit,
    string? Message);
