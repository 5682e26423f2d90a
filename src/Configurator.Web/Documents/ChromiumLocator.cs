namespace Configurator.Web.Documents;

/// <summary>Finds a Chromium executable: the configured path first, then the usual install paths.</summary>
public static class ChromiumLocator
{
    public const string InstallHint =
        "Install Chromium and the fonts the templates use (Debian: apt-get install chromium fonts-noto-core fonts-wqy-microhei) " +
        "or set Pdf:ChromiumPath to a Chromium or Chrome executable.";

    private static readonly string[] _knownPaths =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    ];

    /// <summary>The executable to use, or a sentence saying why there is none.</summary>
    public static (string? Path, string? Problem) Find(string? configuredPath, Func<string, bool>? exists = null)
    {
        exists ??= File.Exists;
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return exists(configuredPath)
                ? (configuredPath, null)
                : (null, $"Pdf:ChromiumPath is set to '{configuredPath}', but no file is there. Correct the path or clear it to use an installed Chromium.");
        }
        var found = _knownPaths.FirstOrDefault(exists);
        return found is not null ? (found, null) : (null, "No Chromium was found. " + InstallHint);
    }
}
