using System.Text.RegularExpressions;

namespace Configurator.Web.Tests.Localization;

/// <summary>Every word the code asks for exists in Chinese, once, with the same placeholders as the English.</summary>
public sealed partial class TranslationCompletenessTests
{
    [Fact]
    public void EveryKeyTheCodeUsesHasAChineseTranslation()
    {
        var chinese = TranslationResources.ChineseEntries().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var used = TranslationResources.KeysUsedInCode();

        var missing = used.Where(u => !chinese.Contains(u.Key)).Select(u => $"{u.File}: \"{u.Key}\"").Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.True(missing.Count == 0, "Add these to Text.zh-CN.resx (tools/text.py add SECTION \"English\" \"中文\"):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EachChineseEntryIsWrittenOnceAndNotEmpty()
    {
        var entries = TranslationResources.ChineseEntries();

        // Resource names ignore case when the file is compiled: "Empty" and "empty" would silently become one.
        var twice = entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var empty = entries.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();

        Assert.True(twice.Count == 0, "Written twice: " + string.Join(" | ", twice));
        Assert.True(empty.Count == 0, "No Chinese text: " + string.Join(" | ", empty));
    }

    [Fact]
    public void EachTranslationKeepsTheEnglishPlaceholders()
    {
        var wrong = TranslationResources.ChineseEntries()
            .Where(e => !Placeholders(e.Key).SequenceEqual(Placeholders(e.Value)))
            .Select(e => $"\"{e.Key}\" → \"{e.Value}\"")
            .ToList();

        Assert.True(wrong.Count == 0, "Placeholders differ:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void EveryUsedKeyIsAWholePhraseNotAFragment()
    {
        // A key that starts or ends with a space is a sentence glued from fragments: Chinese orders words differently.
        // List separators (", " → "、", "; " → "；") and joining words (" or " → "或") are the exception: they join a list, not a sentence.
        string[] joiners = [", ", "; ", " or ", " and "];
        var glued = TranslationResources.KeysUsedInCode()
            .Where(u => u.Key.Length > 0 && (char.IsWhiteSpace(u.Key[0]) || char.IsWhiteSpace(u.Key[^1])) && !joiners.Contains(u.Key))
            .ToList();

        Assert.True(glued.Count == 0, string.Join("\n", glued.Select(g => $"{g.File}: \"{g.Key}\"")));
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
