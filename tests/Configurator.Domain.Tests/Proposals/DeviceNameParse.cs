using Configurator.Domain.Proposals;

namespace Configurator.Domain.Tests.Proposals;

public sealed class DeviceNameParse
{
    [Theory]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome", "Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari", "iPhone")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox", "Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari", "macOS")]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1", "Chrome", "iPad")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome", "Linux")]
    [InlineData("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome", "ChromeOS")]
    public void RecognisesTheCommonBrowsersAndSystems(string agent, string browser, string system)
    {
        var device = DeviceName.Parse(agent);

        Assert.Equal((browser, system), (device.Browser, device.System));
        Assert.False(device.IsUnknown);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/114.0.0.0", "Opera")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36", "Samsung Internet")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN", "WeChat")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15", "Firefox")]
    public void BrowsersBuiltOnChromeOrSafariAreNamedForThemselves(string agent, string browser)
    {
        Assert.Equal(browser, DeviceName.Parse(agent).Browser);
    }

    [Fact]
    public void AnAgentThatNamesOnlyItsSystemKeepsTheSystem()
    {
        var device = DeviceName.Parse("Mozilla/5.0 (Linux; Android 14) SomeApp/1.0");

        Assert.Equal((null, "Android"), (device.Browser, device.System));
        Assert.False(device.IsUnknown);
    }

    [Fact]
    public void AnUnknownAgentIsShownShortened()
    {
        var agent = "curl/8.5.0 " + new string('x', 200);

        var device = DeviceName.Parse(agent);

        Assert.True(device.IsUnknown);
        Assert.Equal(DeviceName.ShortenedLength, device.Shortened.Length);
        Assert.StartsWith("curl/8.5.0 xxx", device.Shortened);
        Assert.EndsWith("…", device.Shortened);
    }

    [Fact]
    public void AShortUnknownAgentIsShownWhole()
    {
        Assert.Equal("curl/8.5.0", DeviceName.Parse("  curl/8.5.0 ").Shortened);
    }

    [Fact]
    public void AMissingAgentIsUnknownAndEmpty()
    {
        var device = DeviceName.Parse(null);

        Assert.True(device.IsUnknown);
        Assert.Equal("", device.Shortened);
    }

    [Fact]
    public void VersionWithoutSafariIsNotSafari()
    {
        Assert.Null(DeviceName.Parse("SomeBot Version/2.0 (Linux)").Browser);
    }
}
