namespace Configurator.Web.Documents;

/// <summary>
/// Chromium's sandbox keeps a compromised renderer away from the machine, so it stays on wherever it can run.
/// On Linux it needs an ordinary user (Chromium refuses it as root) and either unprivileged user namespaces or
/// the setuid <c>chrome-sandbox</c> helper beside the browser. Only where it cannot is <c>--no-sandbox</c>
/// passed, and the reason logged.
/// </summary>
public static class ChromiumSandbox
{
    public const string Off = "--no-sandbox";

    /// <summary>What decides whether the sandbox can run.</summary>
    public sealed record Host(bool IsLinux, bool IsRoot, bool UserNamespaces, bool SetuidHelper);

    /// <summary>Why the sandbox cannot run on <paramref name="host"/>, or null when it can.</summary>
    public static string? WhyNot(Host host)
    {
        if (!host.IsLinux)
        {
            return null;
        }
        if (host.IsRoot)
        {
            return "the app runs as root, and Chromium refuses its sandbox as root; run the app as an ordinary user to keep it";
        }
        return host.UserNamespaces || host.SetuidHelper
            ? null
            : "unprivileged user namespaces are off (user.max_user_namespaces or kernel.unprivileged_userns_clone) and there is no setuid chrome-sandbox beside Chromium";
    }

    /// <summary>The launch arguments: <paramref name="common"/>, with <see cref="Off"/> first only when <paramref name="whyNot"/> says the sandbox cannot run.</summary>
    public static string[] Arguments(IReadOnlyList<string> common, string? whyNot) => whyNot is null ? [.. common] : [Off, .. common];

    /// <summary>This machine, for the Chromium at <paramref name="executablePath"/>.</summary>
    public static Host Current(string executablePath) => new(
        OperatingSystem.IsLinux(),
        Environment.IsPrivilegedProcess,
        OperatingSystem.IsLinux() && UserNamespacesAllowed(),
        OperatingSystem.IsLinux() && HasSetuidHelper(executablePath));

    private static bool UserNamespacesAllowed() =>
        ReadNumber("/proc/sys/user/max_user_namespaces") is not 0
        && ReadNumber("/proc/sys/kernel/unprivileged_userns_clone") is not 0;

    private static bool HasSetuidHelper(string executablePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(executablePath));
        if (folder is null)
        {
            return false;
        }
        var helper = new FileInfo(Path.Combine(folder, "chrome-sandbox"));
        return helper.Exists && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(helper.FullName) & UnixFileMode.SetUser) != 0;
    }

    /// <summary>A kernel setting's number, or null when the file is absent (the kernel does not have that switch).</summary>
    private static long? ReadNumber(string path)
    {
        try
        {
            return long.TryParse(File.ReadAllText(path).Trim(), out var value) ? value : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
