namespace Configurator.Domain.Catalogue;

/// <summary>An entry of the pain taxonomy that pain points and offer items both point at.</summary>
public sealed class PainCategory
{
    private PainCategory()
    {
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The name and description in other languages, by language code.</summary>
    public IReadOnlyDictionary<string, CategoryTexts> Translations { get; private set; } = Catalogue.Translations.None<CategoryTexts>();

    public static PainCategory Create(PainCategorySpec spec) =>
        new() { Code = spec.Code, Name = spec.Name, Description = spec.Description, Translations = Catalogue.Translations.Compact(spec.Translations) };

    public PainCategorySpec ToSpec() => new(Code, Name, Description) { Translations = Translations };

    /// <summary>Renames and re-describes, in each language; the code stays, because items and pain points refer to it.</summary>
    public bool Update(PainCategorySpec spec)
    {
        var translations = Catalogue.Translations.Compact(spec.Translations);
        if (spec.Name == Name && spec.Description == Description && Catalogue.Translations.SameAs(translations, Translations))
        {
            return false;
        }
        Name = spec.Name;
        Description = spec.Description;
        Translations = translations;
        return true;
    }
}
