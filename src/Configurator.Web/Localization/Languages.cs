using System.Globalization;

namespace Configurator.Web.Localization;

/// <summary>The languages the interface and documents speak; English is the default and the fallback.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    /// <summary>
    /// Pseudo-localisation for layout tests: every interface string bracketed and about 40% longer. Never a
    /// choice for people: only <c>?lang=qps-ploc</c> selects it, and only in Development and Testing.
    /// </summary>
    public const string Pseudo = "qps-ploc";

    public static readonly IReadOnlyList<string> All = [English, Chinese];

    /// <summary>Each language named in itself, as a language switch shows it.</summary>
    public static string NativeName(string code) => code == Chinese ? "中文" : "English";

    /// <summary>
    /// The supported code for what a profile, URL or API sent ("zh-cn", "zh-Hans", "zh", "en-GB"),
    /// or null when it is not a language we speak.
    /// </summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var trimmed = code.Trim();
        if (trimmed.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh-CN", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh-Hans", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("zh-SG", StringComparison.OrdinalIgnoreCase))
        {
            return Chinese;
        }
        return trimmed.Equals("en", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? English
            : null;
    }

    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>The language of the request being served.</summary>
    public static string Current => IsChinese(CultureInfo.CurrentUICulture) ? Chinese : English;
}
