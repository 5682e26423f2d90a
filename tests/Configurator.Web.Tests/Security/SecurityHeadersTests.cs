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
    public async Task PagesHaveNoInlineScriptOrStyle()
    {
        var html = await (await app.SignInAsync("admin@demo.local")).GetPageAsync("/admin/users");

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=\"", html);
        Assert.DoesNotContain(" hx-on", html);
    }
}
