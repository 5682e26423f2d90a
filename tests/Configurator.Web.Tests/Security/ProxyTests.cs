using System.Net;
using System.Net.Http.Json;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Configurator.Web.Tests.Security;

/// <summary>
/// Production behind a TLS-terminating proxy: forwarded headers count only from the configured proxies, every page
/// works through them, plain HTTP is sent to HTTPS or told what to configure (never a 500), and the Host header must
/// be one AllowedHosts lists.
/// </summary>
public sealed class ProxyTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    private const string Client = "203.0.113.7";
    private const string Stranger = "198.51.100.9";

    [Fact]
    public async Task BehindAKnownTlsProxyAPageWithAFormWorksAndSignsIn()
    {
        var browser = app.Browser(ProductionApp.Proxy, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", Client));

        var page = await browser.GetAsync("/login");
        var token = BrowserExtensions.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var signedIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "rep@demo.local",
            ["Password"] = "Demo!2026",
            ["__RequestVerificationToken"] = token,
        }));
        var home = await browser.GetAsync("/opportunities");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All(page.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task AProxyInAKnownNetworkIsTrustedToo()
    {
        var browser = app.Browser("10.1.20.30", ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", Client));

        var page = await browser.GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task PlainHttpIsSentToTheSameAddressOverHttps()
    {
        var browser = app.Browser(Stranger);

        var page = await browser.GetAsync("/login?returnUrl=%2Fproposals");
        var post = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "rep@demo.local" }));
        var health = await browser.GetAsync("/healthz");
        var ready = await browser.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.Equal($"https://{ProductionApp.Host}/login?returnUrl=%2Fproposals", page.Headers.Location?.OriginalString);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Open the address with https:// instead of http://.", await post.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.NotEqual(HttpStatusCode.TemporaryRedirect, ready.StatusCode);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUnknownProxyAreIgnoredAndItSaysWhatToConfigure()
    {
        var english = app.Browser(Stranger, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", Client));
        var chinese = app.Browser(Stranger, ("X-Forwarded-Proto", "https"), ("Accept-Language", "zh-CN,zh;q=0.9"));

        var page = await english.GetAsync("/login");
        var text = await page.Content.ReadAsStringAsync();
        var chineseText = await (await chinese.GetAsync("/login")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("ForwardedHeaders:KnownProxies", text);
        Assert.DoesNotContain(Stranger, text);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("此请求经由本应用不信任的代理转发", chineseText);
    }

    [Fact]
    public async Task WithNoProxyConfiguredNobodysForwardedHeadersAreBelieved()
    {
        using var noProxy = new AppFactory();
        var client = noProxy.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("ForwardedHeaders:KnownProxies", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnlistedHostIsRefusedAndNeverReflectedIntoARedirect()
    {
        var browser = app.Browser(ProductionApp.Proxy, ("X-Forwarded-Proto", "https"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/proposals");
        request.Headers.Host = "evil.example.net";

        var answer = await browser.SendAsync(request);
        var listed = await browser.GetAsync("/proposals");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        Assert.StartsWith($"https://{ProductionApp.Host}/login", listed.Headers.Location?.OriginalString);
    }

    [Fact]
    public void ProductionDoesNotStartWhenAnyHostIsAllowed()
    {
        using var anyHost = new AnyHostInProduction();

        var failure = Assert.ThrowsAny<Exception>(() => anyHost.CreateClient());

        Assert.Contains("AllowedHosts is '*'", failure.GetBaseException().Message);
    }

    [Fact]
    public async Task RateLimitsCountEachClientBehindTheProxyAndNotWhatAStrangerClaims()
    {
        using var limited = new TwoSignInsAMinute();
        async Task<HttpStatusCode> TokenAsync(string peer, string client) =>
            (await (peer == Stranger ? limited.HttpsBrowser(peer, ("X-Forwarded-For", client)) : limited.Browser(peer, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", client)))
                .PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@demo.local", password = "wrong password" })).StatusCode;

        var first = await TokenAsync(ProductionApp.Proxy, "203.0.113.1");
        var second = await TokenAsync(ProductionApp.Proxy, "203.0.113.1");
        var third = await TokenAsync(ProductionApp.Proxy, "203.0.113.1");
        var anotherClient = await TokenAsync(ProductionApp.Proxy, "203.0.113.2");
        var strangers = new[]
        {
            await TokenAsync(Stranger, "203.0.113.3"), await TokenAsync(Stranger, "203.0.113.4"), await TokenAsync(Stranger, "203.0.113.5"),
        };

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second);
        Assert.Equal(HttpStatusCode.TooManyRequests, third);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, anotherClient);
        // A stranger's X-Forwarded-For is not believed: all three count against the stranger's own address.
        Assert.Equal(HttpStatusCode.TooManyRequests, strangers[2]);
    }

    private sealed class AnyHostInProduction : ProductionApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["AllowedHosts"] = "*" };
    }

    private sealed class TwoSignInsAMinute : ProductionApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:SignInPermitsPerMinute", "2");
        }
    }
}
