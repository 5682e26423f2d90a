using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Proposals;

/// <summary>The one path of every proposal change: what a concurrent save, an unknown action and a step taken by the wrong role give.</summary>
public sealed class ProposalServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Presales, JsonElement Proposal)> CreateAsync(string name)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} AB" })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            painPoints = new object[] { new { title = "Phantom stock", category = "STOCK-ERRORS", severity = 5, annualImpact = 50000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiClientAsync("presales@demo.local");
        var created = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = $"{name} proposal", recommend = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (presales, await created.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task AChangeSavedBetweenLoadingAndSavingIsAConflictAndNothingOfItIsSaved()
    {
        var (_, proposal) = await CreateAsync("Race");
        var id = proposal.GetProperty("id").GetInt32();
        var version = proposal.GetProperty("version").GetInt32();
        var option = proposal.GetProperty("options")[0];
        var line = option.GetProperty("lines")[0];
        var lineId = line.GetProperty("id").GetInt32();
        var quantityBefore = line.GetProperty("quantity").GetInt32();

        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ProposalService>();
        // This request has read the proposal; someone else saves a change before it saves its own.
        Assert.NotNull(await service.LoadAsync(id, CancellationToken.None));
        using (var other = app.Services.CreateScope())
        {
            var db = other.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
            Assert.Equal(1, await db.Proposals.Where(p => p.Id == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Version, version + 1)));
        }

        var result = await service.ChangeLineAsync(id, option.GetProperty("id").GetInt32(), lineId, new ChangeLineInput(quantityBefore + 1, 0m, version), "someone", CancellationToken.None);

        Assert.Equal(Outcome.Conflict, result.Outcome);
        Assert.Contains("at the same moment", result.Message);
        using var check = app.Services.CreateScope();
        var saved = await check.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Proposals.AsNoTracking()
            .Include(p => p.Options).ThenInclude(o => o.Lines).SingleAsync(p => p.Id == id);
        Assert.Equal(version + 1, saved.Version);
        Assert.Equal(quantityBefore, saved.Options.SelectMany(o => o.Lines).Single(l => l.Id == lineId).Quantity);
    }

    [Fact]
    public async Task AnUnknownActionIsRefusedAndNeverTakenAsAnother()
    {
        var (presales, proposal) = await CreateAsync("Unknown action");
        var id = proposal.GetProperty("id").GetInt32();

        var api = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/publish", new { version = proposal.GetProperty("version").GetInt32() });
        var page = await (await app.SignInAsync("presales@demo.local")).SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/publish", [new("version", "1")]);
        var after = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("submit, approve, reject, send, won, lost, withdraw", await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("draft", after.GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("history").GetArrayLength());
    }

    [Theory]
    [InlineData("rep@demo.local", "submit")]
    [InlineData("presales@demo.local", "approve")]
    [InlineData("approver@demo.local", "withdraw")]
    public async Task AStepIsTakenOnlyByTheRolesTheTableNames(string email, string step)
    {
        var (_, proposal) = await CreateAsync($"Roles {step}");
        var id = proposal.GetProperty("id").GetInt32();
        var client = await app.ApiClientAsync(email);

        var response = await client.PostAsJsonAsync($"/api/v1/proposals/{id}/{step}", new { comment = "because" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("draft", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("status").GetString());
    }
}
