using Microsoft.Extensions.Localization;

namespace Configurator.Web.Localization;

public static class TextExtensions
{
    /// <summary>
    /// "1 open topic" / "2 open topics" in English. Chinese has one form (the translation of
    /// <paramref name="other"/>, usually with its measure word: "{0} 个待办"), so only that key is translated.
    /// </summary>
    public static string Plural(this IStringLocalizer<Text> text, long count, string one, string other)
    {
        var key = count == 1 && Languages.Current == Languages.English ? one : other;
        return text[key, count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value;
    }

    /// <summary>Sentences one after another: English puts a space between them, Chinese (whose full stop is wide) none.</summary>
    public static string Sentences(params IEnumerable<string> sentences) =>
        string.Join(Languages.Current == Languages.Chinese ? "" : " ", sentences.Where(s => s.Length > 0));

    /// <summary>A person's name as pages show it: the system and a user who has left are words of the interface, the rest are names.</summary>
    public static string Person(this IStringLocalizer<Text> text, string name) =>
        name is Features.Shared.UserNames.System or Features.Shared.UserNames.FormerUser ? text[name].Value : name;
}
