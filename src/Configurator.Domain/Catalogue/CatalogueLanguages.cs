namespace Configurator.Domain.Catalogue;

/// <summary>
/// The languages catalogue texts are kept in: the item's own fields are the default language; the others
/// are translations keyed by their code, each field of which falls back to the default when missing.
/// </summary>
public static class CatalogueLanguages
{
    public const string Default = "en";

    public const string Chinese = "zh-CN";

    /// <summary>The languages a translation may be given in (the default language is the item's own fields).</summary>
    public static readonly IReadOnlyList<string> Translated = [Chinese];

    /// <summary>The translation language a key names ("zh-cn" reads as zh-CN), or null when it is not one.</summary>
    public static string? Translation(string? key) =>
        Translated.FirstOrDefault(l => string.Equals(l, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
