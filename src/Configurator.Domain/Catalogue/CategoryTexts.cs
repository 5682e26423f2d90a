namespace Configurator.Domain.Catalogue;

/// <summary>A pain category's name and description in one language; in a translation an empty field is a missing one.</summary>
public sealed record CategoryTexts(string Name, string Description)
{
    public static CategoryTexts Empty { get; } = new("", "");

    public bool IsEmpty => Name.Length == 0 && Description.Length == 0;

    /// <summary>The texts to show in <paramref name="language"/>, each field falling back to <paramref name="defaults"/>.</summary>
    public static CategoryTexts In(string language, CategoryTexts defaults, IReadOnlyDictionary<string, CategoryTexts> translations) =>
        language != CatalogueLanguages.Default && translations.TryGetValue(language, out var translated)
            ? new CategoryTexts(translated.Name.Length > 0 ? translated.Name : defaults.Name,
                translated.Description.Length > 0 ? translated.Description : defaults.Description)
            : defaults;
}
