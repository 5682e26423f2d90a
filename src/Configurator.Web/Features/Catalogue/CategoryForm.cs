using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed class CategoryForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Name and description per translation language, posted as Translations[zh-CN].Name.</summary>
    public Dictionary<string, CategoryTextsForm> Translations { get; set; } = [];

    public CatalogueFileCategory ToFileCategory() => new(Code, Name, Description)
    {
        Translations = Translations.ToDictionary(t => t.Key, t => (CatalogueFileCategoryTexts?)new CatalogueFileCategoryTexts(t.Value.Name, t.Value.Description)),
    };

    public sealed class CategoryTextsForm
    {
        public string? Name { get; set; }

        public string? Description { get; set; }
    }
}
