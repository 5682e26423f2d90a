using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Hosting;

/// <summary>A renderer that cannot start makes the instance not ready, and /readyz says which part.</summary>
public sealed class RendererReadinessTests(RendererReadinessTests.NoChromiumApp app) : IClassFixture<RendererReadinessTests.NoChromiumApp>
{
    [Fact]
    public async Task ReadinessNamesARendererWithNoChromiumToStart()
    {
        var response = await app.CreateBrowser().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("pdf renderer: no Chromium to start", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowser().GetAsync("/healthz")).StatusCode);
    }

    public sealed class NoChromiumApp : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Pdf:ChromiumPath"] = Path.Combine(DataFolder, "no-chromium-here"),
        };
    }
}
