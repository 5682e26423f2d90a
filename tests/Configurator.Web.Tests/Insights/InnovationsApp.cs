using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Insights;

/// <summary>
/// The app with one innovation proposed three times through the API, to clients in two industries, and won once:
/// by <c>InnovationReuseRule</c> a candidate for standard.
/// </summary>
public sealed class InnovationsApp : AppFactory, IAsyncLifetime
{
    public const string Innovation = "INN-VISION-COUNT";

    public async Task InitializeAsync()
    {
        var rep = await ApiClientAsync("rep@demo.local");
        var presales = await ApiClientAsync("presales@demo.local");
        var won = await ProposalAsync(rep, presales, "Vision Freight", "Logistics");
        await ProposalAsync(rep, presales, "Vision Fashion", "Fashion");
        await ProposalAsync(rep, presales, "Vision Haulage", "Logistics");
        await presales.IssueRevisionAsync(won);
        Assert.Equal(HttpStatusCode.OK, (await presales.PostAsJsonAsync($"/api/v1/proposals/{won}/send", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await presales.PostAsJsonAsync($"/api/v1/proposals/{won}/won", new { })).StatusCode);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static async Task<int> ProposalAsync(HttpClient rep, HttpClient presales, string account, string industry)
    {
        var created = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account, industry })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = created.GetProperty("id").GetInt32(),
            name = $"{account} deal",
            currency = "EUR",
            painPoints = new object[] { new { title = "Counts drift", category = "STOCK-ERRORS", severity = 4, annualImpact = 100000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var proposal = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = $"{account} proposal", language = "en", termMonths = 12, recommend = false });
        Assert.Equal(HttpStatusCode.Created, proposal.StatusCode);
        var read = await proposal.Content.ReadFromJsonAsync<JsonElement>();
        var id = read.GetProperty("id").GetInt32();
        var optionId = read.GetProperty("options")[0].GetProperty("id").GetInt32();
        foreach (var (code, quantity) in new[] { ("STD-WMS-CORE", 5), (Innovation, 1) })
        {
            var version = (await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("version").GetInt32();
            var added = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{optionId}/lines", new { itemCode = code, quantity, version });
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }
        return id;
    }
}
