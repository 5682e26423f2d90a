namespace Configurator.Domain.Catalogue;

/// <summary>Helpers for texts keyed by language: none, equality by content, and the keys in a stable order.</summary>
public static class Translations
{
    public static IReadOnlyDictionary<string, T> None<T>() => new Dictionary<string, T>(StringComparer.Ordinal);

    /// <summary>Only the languages with some text, so "given but empty" and "not given" compare and store the same.</summary>
    public static IReadOnlyDictionary<string, ItemTexts> Compact(IReadOnlyDictionary<string, ItemTexts> translations) =>
        translations.Where(t => !t.Value.IsEmpty).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, CategoryTexts> Compact(IReadOnlyDictionary<string, CategoryTexts> translations) =>
        translations.Where(t => !t.Value.IsEmpty).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    public static bool SameAs<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && Equals(pair.Value, other));
}
