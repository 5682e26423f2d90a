using System.Net;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Hosting;

public sealed class StartupTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task BootsOnAFreshFolderAndMigratesTheDatabase()
    {
        var response = await app.CreateBrowser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task HealthCheckNeedsNoSignIn()
    {
        var response = await app.CreateBrowser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StaticFilesNeedNoSignIn()
    {
        var browser = app.CreateBrowser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/lib/htmx/htmx.min.js")).StatusCode);
    }

    [Fact]
    public async Task EveryPageLoadsHtmxAndTheAntiforgeryTokenForIt()
    {
        var browser = await app.SignInAsync("rep@demo.local");

        var html = await browser.GetPageAsync("/");

        Assert.Contains("<script src=\"/lib/htmx/htmx.min.js", html);
        Assert.Contains("<meta name=\"request-verification-token\"", html);
    }

    [Fact]
    public async Task ServesTheOpenApiDocumentToSignedInUsers()
    {
        var browser = await app.SignInAsync("rep@demo.local");

        var document = await browser.GetPageAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/auth/token", document);
        Assert.Contains("/api/v1/me", document);
    }
}
