using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed record ItemEditorViewModel(
    ItemForm Form,
    bool IsNew,
    IReadOnlyList<PainCategorySpec> Categories,
    IReadOnlyList<(string Code, string Name)> OtherItems,
    TextPreviewModel Preview);
