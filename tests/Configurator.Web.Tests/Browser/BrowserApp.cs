using System.Net.Http.Json;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using PuppeteerSharp;

namespace Configurator.Web.Tests.Browser;

/// <summary>
/// The app on a free loopback port (Kestrel, a fresh SQLite database with the demo data) and a headless
/// Chromium driving it the way people do. One per journey class.
/// </summary>
public sealed class BrowserApp : KestrelApp
{
    private IBrowser? _browser;

    public IBrowser Chromium => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var path = ChromiumLocator.FindBrowser();
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = path ?? throw new InvalidOperationException("The journeys need Chromium (Debian: apt-get install chromium); .ci/run installs it."),
            Pipe = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--font-render-hinting=none"],
        });
    }

    /// <summary>A fresh browser context (no cookies) whose screenshots go under test-output/browser/<paramref name="journey"/>.</summary>
    public async Task<BrowserSession> SessionAsync(string journey)
    {
        var context = await Chromium.CreateBrowserContextAsync();
        var page = await context.NewPageAsync();
        return await BrowserSession.StartAsync(this, context, page, journey);
    }

    /// <summary>An API client against the running server, signed in as <paramref name="email"/>: for setting the scene of a journey.</summary>
    public async Task<HttpClient> ApiAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Demo!2026" });
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }
        await base.StopAsync();
    }
}
