namespace Configurator.Domain.Proposals;

/// <summary>
/// What a signer's user agent says about their device, for the signature certificate: the browser and the
/// system it runs on ("Chrome" on "Android"), each null when the agent does not say. A pure reading of the
/// header: agents can lie, so the certificate shows it as the device the browser reported.
/// </summary>
public sealed record DeviceName(string? Browser, string? System, string UserAgent)
{
    /// <summary>How much of an agent nobody recognises the certificate shows.</summary>
    public const int ShortenedLength = 80;

    // Order matters: Edge, Opera, Samsung's browser, WeChat and UC name Chrome or Safari in their agents too,
    // and Chrome names Safari. The first token found wins.
    private static readonly (string Token, string Name)[] _browsers =
    [
        ("EdgiOS/", "Edge"), ("EdgA/", "Edge"), ("Edg/", "Edge"), ("Edge/", "Edge"),
        ("OPR/", "Opera"), ("OPiOS/", "Opera"), ("Opera", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("MicroMessenger/", "WeChat"),
        ("UCBrowser/", "UC Browser"),
        ("FxiOS/", "Firefox"), ("Firefox/", "Firefox"),
        ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"),
        ("Trident/", "Internet Explorer"), ("MSIE ", "Internet Explorer"),
        ("Version/", "Safari"),
    ];

    // iPhone and iPad agents say "like Mac OS X", Android ones "Linux": the specific system comes first.
    private static readonly (string Token, string Name)[] _systems =
    [
        ("iPhone", "iPhone"), ("iPad", "iPad"), ("iPod", "iPod"),
        ("Android", "Android"),
        ("Windows Phone", "Windows Phone"), ("Windows", "Windows"),
        ("CrOS", "ChromeOS"),
        ("Macintosh", "macOS"), ("Mac OS X", "macOS"),
        ("HarmonyOS", "HarmonyOS"),
        ("Linux", "Linux"),
    ];

    /// <summary>True when neither the browser nor the system was recognised: show <see cref="Shortened"/> instead.</summary>
    public bool IsUnknown => Browser is null && System is null;

    /// <summary>The raw agent, cut to <see cref="ShortenedLength"/> characters with an ellipsis when longer.</summary>
    public string Shortened => UserAgent.Length <= ShortenedLength ? UserAgent : UserAgent[..(ShortenedLength - 1)].TrimEnd() + "…";

    public static DeviceName Parse(string? userAgent)
    {
        var agent = (userAgent ?? "").Trim();
        var browser = First(_browsers, agent);
        // Safari's agent is the only one that says "Version/" with "Safari/"; anything else with "Version/" is not Safari.
        if (browser == "Safari" && !agent.Contains("Safari/", StringComparison.Ordinal))
        {
            browser = null;
        }
        return new DeviceName(browser, First(_systems, agent), agent);
    }

    private static string? First((string Token, string Name)[] candidates, string agent)
    {
        foreach (var (token, name) in candidates)
        {
            if (agent.Contains(token, StringComparison.Ordinal))
            {
                return name;
            }
        }
        return null;
    }
}
