using System.Net;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Hosting;

/// <summary>/healthz says the process answers; /readyz says it can serve (database, migrations, PDF renderer).</summary>
public sealed class HealthProbeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ReadinessIsReadyOnAMigratedDatabaseWithARendererThatCanStart()
    {
        var response = await app.CreateBrowser().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ready", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadinessNamesPendingMigrationsAndLivenessStaysHealthy()
    {
        var browser = app.CreateBrowser();
        await browser.GetAsync("/healthz");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
        var version = await db.Database.SqlQuery<string>($"SELECT \"ProductVersion\" AS \"Value\" FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}").SingleAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        try
        {
            var ready = await browser.GetAsync("/readyz");
            var live = await browser.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("database: 1 migration(s) pending", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({last}, {version})");
        }
    }

    [Fact]
    public async Task BothProbesNeedNoSignInAndAreNeverCached()
    {
        var browser = app.CreateBrowser();

        var live = await browser.GetAsync("/healthz");
        var ready = await browser.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(ready.Headers.CacheControl?.NoStore);
    }
}
