using System.Text.RegularExpressions;

namespace Configurator.Web.Documents;

/// <summary>
/// Units and sentences as a document prints them: a unit in the plural where the document's language has
/// one ("25 users", "1 user"; Chinese has none), and sentences put together from labels without doubled
/// punctuation where a typed name already ends with it ("Acme Inc..").
/// </summary>
public static partial class UnitWords
{
    /// <summary>
    /// The unit for <paramref name="quantity"/>: <c>labels["unit_plural_" + unit]</c> when the labels spell it
    /// out, else the English rule when <c>labels.plural_rule</c> is "english" (the last word takes -s, -es or
    /// -ies), else the unit as written.
    /// </summary>
    public static string For(int quantity, string unit, IReadOnlyDictionary<string, string> labels)
    {
        if (quantity == 1 || unit.Length == 0)
        {
            return unit;
        }
        if (labels.TryGetValue("unit_plural_" + unit, out var spelt) && spelt.Length > 0)
        {
            return spelt;
        }
        if (labels.GetValueOrDefault("plural_rule") != "english")
        {
            return unit;
        }
        var space = unit.LastIndexOf(' ');
        return unit[..(space + 1)] + English(unit[(space + 1)..]);
    }

    /// <summary>The unit for <paramref name="quantity"/> in a page of the interface: the English rule in English, the unit as written otherwise.</summary>
    public static string ForPage(int quantity, string unit, bool english) =>
        quantity == 1 || unit.Length == 0 || !english ? unit : unit[..(unit.LastIndexOf(' ') + 1)] + English(unit[(unit.LastIndexOf(' ') + 1)..]);

    /// <summary>Takes out a punctuation mark doubled where a label's own mark follows a typed one (".." but not "...", "。。", ",,").</summary>
    public static string Tidy(string sentence) => Doubled().Replace(sentence, "$1");

    private static string English(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[^1]))
        {
            return word;
        }
        var lower = word.ToLowerInvariant();
        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith('z') || lower.EndsWith("ch", StringComparison.Ordinal) || lower.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }
        if (lower.Length > 1 && lower[^1] == 'y' && !"aeiou".Contains(lower[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "ies";
        }
        return word + "s";
    }

    [GeneratedRegex(@"(?<![.])([.。,，;；:：!！?？])\1(?![.])")]
    private static partial Regex Doubled();
}
