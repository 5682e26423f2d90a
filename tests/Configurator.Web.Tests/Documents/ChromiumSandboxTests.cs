using Configurator.Web.Documents;

namespace Configurator.Web.Tests.Documents;

/// <summary>Chromium keeps its sandbox wherever it can run; <c>--no-sandbox</c> only where it cannot, with the reason.</summary>
public sealed class ChromiumSandboxTests
{
    private static readonly string[] _common = ["--disable-gpu", "--no-first-run"];

    [Theory]
    [InlineData(true, false, true, false)]
    [InlineData(true, false, false, true)]
    [InlineData(false, false, false, false)]
    [InlineData(false, true, false, false)]
    public void WhereTheSandboxCanRunItStays(bool linux, bool root, bool userNamespaces, bool setuidHelper)
    {
        var whyNot = ChromiumSandbox.WhyNot(new ChromiumSandbox.Host(linux, root, userNamespaces, setuidHelper));

        Assert.Null(whyNot);
        Assert.DoesNotContain(ChromiumSandbox.Off, ChromiumSandbox.Arguments(_common, whyNot));
    }

    [Fact]
    public void AsRootOnLinuxItGoesAndSaysWhy()
    {
        var whyNot = ChromiumSandbox.WhyNot(new ChromiumSandbox.Host(IsLinux: true, IsRoot: true, UserNamespaces: true, SetuidHelper: true));

        Assert.Contains("root", whyNot);
        Assert.Equal([ChromiumSandbox.Off, .. _common], ChromiumSandbox.Arguments(_common, whyNot));
    }

    [Fact]
    public void WithoutUserNamespacesOrTheSetuidHelperItGoesAndSaysWhy()
    {
        var whyNot = ChromiumSandbox.WhyNot(new ChromiumSandbox.Host(IsLinux: true, IsRoot: false, UserNamespaces: false, SetuidHelper: false));

        Assert.Contains("user namespaces", whyNot);
        Assert.Contains(ChromiumSandbox.Off, ChromiumSandbox.Arguments(_common, whyNot));
    }

    [Fact]
    public void ThisMachineIsReadAsItIs()
    {
        var host = ChromiumSandbox.Current("/usr/bin/chromium");

        Assert.Equal(OperatingSystem.IsLinux(), host.IsLinux);
        Assert.Equal(Environment.IsPrivilegedProcess, host.IsRoot);
    }
}
