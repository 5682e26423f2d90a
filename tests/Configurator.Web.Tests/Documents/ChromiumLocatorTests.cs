using Configurator.Web.Documents;

namespace Configurator.Web.Tests.Documents;

public sealed class ChromiumLocatorTests
{
    [Fact]
    public void ConfiguredPathComesFirst()
    {
        var (path, problem) = ChromiumLocator.Find("/opt/chrome/chrome", p => p is "/opt/chrome/chrome" or "/usr/bin/chromium");

        Assert.Equal("/opt/chrome/chrome", path);
        Assert.Null(problem);
    }

    [Fact]
    public void FallsBackToTheUsualInstallPaths()
    {
        var (path, _) = ChromiumLocator.Find(null, p => p == "/usr/bin/google-chrome");

        Assert.Equal("/usr/bin/google-chrome", path);
    }

    [Fact]
    public void NothingFoundNamesTheInstallCommand()
    {
        var (path, problem) = ChromiumLocator.Find("", _ => false);

        Assert.Null(path);
        Assert.Contains("apt-get install chromium-headless-shell", problem);
    }

    [Fact]
    public void TheHeadlessShellPrintsWhenItIsInstalledBesideTheBrowser()
    {
        var (path, _) = ChromiumLocator.Find(null, p => p is "/usr/bin/chromium" or "/usr/bin/chromium-headless-shell");
        var (withoutShell, _) = ChromiumLocator.Find(null, p => p is "/usr/bin/chromium");

        Assert.Equal("/usr/bin/chromium-headless-shell", path);
        Assert.Equal("/usr/bin/chromium", withoutShell);
    }

    [Fact]
    public void JourneysDriveAWholeBrowserNeverTheHeadlessShell()
    {
        Assert.Equal("/usr/bin/chromium", ChromiumLocator.FindBrowser(p => p is "/usr/bin/chromium" or "/usr/bin/chromium-headless-shell"));
        Assert.Null(ChromiumLocator.FindBrowser(p => p is "/usr/bin/chromium-headless-shell"));
    }
}
