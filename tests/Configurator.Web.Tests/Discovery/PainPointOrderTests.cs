using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Discovery;

/// <summary>A deal's pain points have one place each in its order, however many people add at the same moment; the database holds it so.</summary>
public sealed class PainPointOrderTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Api, int Id)> DealAsync(string name)
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} account" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await (await api.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            painPoints = new[] { new { title = "Trucks wait", category = "SLOW-FULFIL", severity = 3 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        return (api, created.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ConcurrentAddsAllLandEachInItsOwnPlace()
    {
        var (api, id) = await DealAsync("Concurrent adds");
        var severities = new[] { 1, 5, 3, 2, 4 };

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            api.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = $"Pain {i}", category = "SLOW-FULFIL", severity = severities[i % 5] })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var priorities = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("painPoints")
            .EnumerateArray().Select(p => p.GetProperty("priority").GetInt32()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 31), priorities);
    }

    [Fact]
    public async Task ConcurrentAddsAndMovesOnThePageKeepTheOrderWhole()
    {
        var (api, id) = await DealAsync("Adds and moves");
        var browser = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync($"/opportunities/{id}"));
        var first = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("painPoints")[0].GetProperty("id").GetInt32();

        var adds = Enumerable.Range(0, 12).Select(i =>
            api.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = $"Pain {i}", category = "STOCK-ERRORS", severity = 1 + (i % 5) }));
        var moves = Enumerable.Range(0, 6).Select(i => browser.PostAsync($"/opportunities/{id}/pain-points/{first}/move?direction={(i % 2 == 0 ? "down" : "up")}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));
        var answers = await Task.WhenAll(adds.Concat(moves));

        Assert.All(answers, a => Assert.True((int)a.StatusCode < 400, $"{a.RequestMessage?.RequestUri} answered {(int)a.StatusCode}"));
        var priorities = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("painPoints")
            .EnumerateArray().Select(p => p.GetProperty("priority").GetInt32()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 13), priorities);
    }

    [Fact]
    public async Task TheDatabaseRefusesTwoPainPointsInOnePlace()
    {
        var (_, id) = await DealAsync("Unique order");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var pain = await db.PainPoints.AsNoTracking().SingleAsync(p => p.OpportunityId == id);

        var duplicate = db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "PainPoints" ("OpportunityId", "Title", "Category", "ClientWords", "Severity", "AnnualImpact", "RaisedById", "CapturedById", "CapturedAt", "ChangedAt", "Priority", "Version",
                "BaselineAmount", "BaselineConfirmedById", "BaselineConfirmedBy", "BaselineConfirmedByTitle", "BaselineConfirmedOn")
            SELECT "OpportunityId", 'Twin', "Category", '', "Severity", "AnnualImpact", "RaisedById", "CapturedById", "CapturedAt", "ChangedAt", "Priority", 1,
                "BaselineAmount", "BaselineConfirmedById", "BaselineConfirmedBy", "BaselineConfirmedByTitle", "BaselineConfirmedOn" FROM "PainPoints" WHERE "Id" = {pain.Id}
            """);

        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => duplicate);
        Assert.Contains("unique", refused.Message, StringComparison.OrdinalIgnoreCase);
    }
}
