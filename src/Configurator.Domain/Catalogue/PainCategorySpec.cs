namespace Configurator.Domain.Catalogue;

/// <summary>A pain category as the catalogue format describes it.</summary>
public sealed record PainCategorySpec(string Code, string Name, string Description)
{
    /// <summary>The category's name and description in other languages than the default (only languages with some text).</summary>
    public IReadOnlyDictionary<string, CategoryTexts> Translations { get; init; } = Catalogue.Translations.None<CategoryTexts>();

    public CategoryTexts Texts => new(Name, Description);

    /// <summary>The name and description to show in <paramref name="language"/>, each missing field in the default language.</summary>
    public CategoryTexts TextsFor(string language) => CategoryTexts.In(language, Texts, Translations);

    public bool Equals(PainCategorySpec? other) => other is not null
        && Code == other.Code && Name == other.Name && Description == other.Description
        && Catalogue.Translations.SameAs(Translations, other.Translations);

    public override int GetHashCode() => HashCode.Combine(Code, Name, Description, Translations.Count);
}
