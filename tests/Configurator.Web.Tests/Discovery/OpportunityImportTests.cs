using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Discovery;

/// <summary>A deal reaches won or lost through its playbook; only an admin's import brings one in decided, and the timeline says it was imported.</summary>
public sealed class OpportunityImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AccountAsync(HttpClient api, string name) =>
        (await (await api.PostAsJsonAsync("/api/v1/accounts", new { name })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

    private async Task<int> DealsNamedAsync(string name)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Opportunities.CountAsync(o => o.Name == name);
    }

    [Theory]
    [InlineData("won")]
    [InlineData("lost")]
    public async Task ADecidedStageWithoutImportIsRefusedAtTheStage(string stage)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var name = $"Skipped playbook {stage}";

        var answer = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId = await AccountAsync(rep, $"{name} AB"), name, currency = "EUR", stage });
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("through its playbook", errors.GetProperty("stage")[0].GetString());
        Assert.Contains("\"import\": true", errors.GetProperty("stage")[0].GetString());
        Assert.Equal(0, await DealsNamedAsync(name));
    }

    [Fact]
    public async Task ARepMayNotImport()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");

        var answer = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId = await AccountAsync(rep, "Rep import AB"), name = "Rep import", currency = "EUR", stage = "won", import = true });

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("only an admin may", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await DealsNamedAsync("Rep import"));
    }

    [Fact]
    public async Task AnAdminImportsADecidedDealAndTheTimelineSaysSo()
    {
        var admin = await app.ApiClientAsync("admin@demo.local");

        var answer = await admin.PostAsJsonAsync("/api/v1/opportunities", new { accountId = await AccountAsync(admin, "Imported AB"), name = "Imported deal", currency = "EUR", stage = "won", import = true });

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var id = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal("won", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("stage").GetString());
        using var scope = app.Services.CreateScope();
        var entry = await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Activity.SingleAsync(a => a.OpportunityId == id);
        Assert.Equal(ActivityKind.OpportunityImported, entry.Kind);
        Assert.Equal("Imported the opportunity Imported deal at Won", entry.Summary);
    }

    [Fact]
    public async Task AnOpenStageNeedsNoImport()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");

        var answer = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId = await AccountAsync(rep, "Open AB"), name = "Open deal", currency = "EUR", stage = "proposal" });

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
    }
}
