using System.Globalization;

namespace Configurator.Domain.Discovery;

/// <summary>
/// One sentence of the timeline as its English pattern ("Moved {0} from {1} to {2}") and the parts that fill
/// it. The entry keeps the English sentence for the API; a page says it again in its reader's language from
/// the pattern's translation and the parts.
/// </summary>
public sealed record ActivityText(string Pattern, IReadOnlyList<ActivityPart> Parts)
{
    public static ActivityText Of(string pattern, params ActivityPart[] parts) => new(pattern, parts);

    public string English() => string.Format(CultureInfo.InvariantCulture, Pattern, Parts.Select(p => (object)p.English()).ToArray());
}
