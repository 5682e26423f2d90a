namespace Configurator.Web.Documents;

/// <summary>
/// Finds a Chromium executable: the configured path first, then Chromium's headless shell, then the usual browsers.
/// The headless shell (Debian: chromium-headless-shell; Chrome's chrome-headless-shell) is the same engine without the
/// browser around it; it prints the same documents with less waiting between Chromium's processes (bench/README.md:
/// a warm 12-page draft in ~113 ms instead of ~152 ms, at the same CPU).
/// </summary>
public static class ChromiumLocator
{
    public const string InstallHint =
        "Install Chromium and the fonts the templates use (Debian: apt-get install chromium-headless-shell fonts-noto-core fonts-wqy-microhei; " +
        "chromium works too) or set Pdf:ChromiumPath to a Chromium or Chrome executable.";

    private static readonly string[] _headlessShells =
    [
        "/usr/bin/chromium-headless-shell",
        "/usr/lib/chromium/chromium-headless-shell",
        "/usr/bin/chrome-headless-shell",
    ];

    private static readonly string[] _browsers =
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

    /// <summary>The executable to print with, or a sentence saying why there is none.</summary>
    public static (string? Path, string? Problem) Find(string? configuredPath, Func<string, bool>? exists = null)
    {
        exists ??= File.Exists;
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return exists(configuredPath)
                ? (configuredPath, null)
                : (null, $"Pdf:ChromiumPath is set to '{configuredPath}', but no file is there. Correct the path or clear it to use an installed Chromium.");
        }
        var found = _headlessShells.Concat(_browsers).FirstOrDefault(exists);
        return found is not null ? (found, null) : (null, "No Chromium was found. " + InstallHint);
    }

    /// <summary>A whole browser, never the headless shell: what a journey drives, as people's browsers are; null when none is installed.</summary>
    public static string? FindBrowser(Func<string, bool>? exists = null) => _browsers.FirstOrDefault(exists ?? File.Exists);
}
