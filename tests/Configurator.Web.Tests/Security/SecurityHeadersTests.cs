using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

public sealed class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/api/v1/me")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        var response = await app.CreateBrowser().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task PagesApiAnswersDocumentsAndExportsAreStoredNowhereStaticFilesMayBe()
    {
        var product = await app.SignInAsync("product@demo.local");
        var api = await app.ApiClientAsync("product@demo.local");

        foreach (var response in new[]
        {
            await product.GetAsync("/"),
            await product.GetAsync("/catalogue/export.json"),
            await product.GetAsync("/catalogue/export.csv"),
            await api.GetAsync("/api/v1/catalogue"),
            await app.CreateBrowser().GetAsync("/login"),
            await app.CreateBrowser().GetAsync("/no-such-page"),
        })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri} has no Cache-Control: no-store");
        }
        Assert.Equal("no-cache", (await app.CreateBrowser().GetAsync("/css/site.css")).Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task PagesHaveNoInlineScriptOrStyle()
    {
        var html = await (await app.SignInAsync("admin@demo.local")).GetPageAsync("/admin/users");

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=\"", html);
        Assert.DoesNotContain(" hx-on", html);
    }
}
