using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed record CategoriesViewModel(
    IReadOnlyList<(PainCategorySpec Category, IReadOnlyList<string> UsedBy)> Categories,
    CategoryForm NewCategory,
    bool CanEdit,
    string? Message,
    string? FailedCode);
