namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// One field of an item or category in a translation language, shown beside the default language's: the
/// value typed, and whether it is missing (the default language has words there and this one has none).
/// </summary>
/// <param name="Field">The form field's own name, e.g. Name; it posts as Translations[zh-CN].Name.</param>
/// <param name="Prefix">The form's prefix for the id, so several forms on one page keep ids apart.</param>
public sealed record TranslatedFieldModel(string Language, string Field, string Label, string? Value, string? DefaultValue, int Rows, int MaxLength, string Error, string Prefix = "")
{
    public string Name => $"Translations[{Language}].{Field}";

    public string Id => $"{Prefix}{Field}-{Language}";

    public bool Missing => string.IsNullOrWhiteSpace(Value) && !string.IsNullOrWhiteSpace(DefaultValue);
}
