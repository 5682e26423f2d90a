using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Localization;

/// <summary>
/// Looks the English key up in the current language's resources. A key with no translation shows its
/// English text (never the key's name) and is logged once per language, so a gap is noticed, not shown.
/// </summary>
public sealed class TextLocalizer(ILogger<TextLocalizer> logger) : IStringLocalizer<Text>
{
    private static readonly ResourceManager _resources = new(typeof(Text).FullName!, typeof(Text).Assembly);
    private static readonly ConcurrentDictionary<(string Language, string Key), bool> _reported = new();

    public LocalizedString this[string name]
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture;
            if (culture.Name.Equals(Languages.Pseudo, StringComparison.OrdinalIgnoreCase))
            {
                return new LocalizedString(name, Lengthened(name), resourceNotFound: false);
            }
            if (!Languages.IsChinese(culture))
            {
                return new LocalizedString(name, name, resourceNotFound: false);
            }
            var value = _resources.GetString(name, culture);
            if (value is null)
            {
                if (_reported.TryAdd((culture.Name, name), true))
                {
                    logger.LogWarning("No {Language} translation for \"{Key}\"; showing English", culture.Name, name);
                }
                return new LocalizedString(name, name, resourceNotFound: true);
            }
            return new LocalizedString(name, value, resourceNotFound: false);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    /// <summary>"[!! Save ~~ !!]": the text kept whole (placeholders too), padded by about 40% in breakable words.</summary>
    public static string Lengthened(string text)
    {
        var padding = (int)Math.Ceiling(text.Length * 0.4);
        var words = Enumerable.Range(0, (padding + 3) / 4).Select(_ => "~~~");
        return $"[!! {text} {string.Join(' ', words)} !!]";
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var set = _resources.GetResourceSet(CultureInfo.CurrentUICulture, createIfNotExists: true, tryParents: includeParentCultures);
        if (set is null)
        {
            yield break;
        }
        foreach (System.Collections.DictionaryEntry entry in set)
        {
            yield return new LocalizedString((string)entry.Key, (string?)entry.Value ?? (string)entry.Key);
        }
    }
}
