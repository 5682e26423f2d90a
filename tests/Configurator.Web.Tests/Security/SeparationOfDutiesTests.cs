using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

/// <summary>Four eyes on every discount: whoever submitted a proposal cannot approve it, even holding the approver role, unless configured.</summary>
public sealed class SeparationOfDutiesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The admin (who may both edit and approve) builds a proposal with a discount beyond its limit and submits it.</summary>
    internal static async Task<(HttpClient Admin, int Id)> SubmittedByTheAdminAsync(AppFactory app, string client)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = client })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = $"{client} rollout",
            currency = "EUR",
            painPoints = new object[] { new { title = "Stock is wrong", category = "STOCK-ERRORS", severity = 5, annualImpact = 200000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var admin = await app.ApiClientAsync("admin@demo.local");
        var proposal = await (await admin.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = $"{client} proposal", termMonths = 24, recommend = true })).Content.ReadFromJsonAsync<JsonElement>();
        var id = proposal.GetProperty("id").GetInt32();
        var option = proposal.GetProperty("options")[0];
        var line = option.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("kind").GetString() == "standard");
        var discounted = await (await admin.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{option.GetProperty("id").GetInt32()}/lines/{line.GetProperty("id").GetInt32()}",
            new { discountPercent = 40m, version = proposal.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        var submitted = await admin.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = "Strategic logo.", version = discounted.GetProperty("version").GetInt32() });
        Assert.Equal("in-review", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        return (admin, id);
    }

    [Fact]
    public async Task TheSubmitterCannotApproveButAnotherApproverCanAndTheHistoryNamesBoth()
    {
        var (admin, id) = await SubmittedByTheAdminAsync(app, "Four Eyes AG");

        var own = await admin.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { comment = "Looks fine." });
        var problem = await own.Content.ReadFromJsonAsync<JsonElement>();
        var approver = await app.ApiClientAsync("approver@demo.local");
        var approved = await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { comment = "Agreed." });
        var history = (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("another approver decides", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(["submit", "approve"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal([(await app.FindUserAsync("admin@demo.local"))!.Id, (await app.FindUserAsync("approver@demo.local"))!.Id],
            history.Select(h => h.GetProperty("actorId").GetString()));
    }

    [Fact]
    public async Task ACompanyThatAllowsSelfApprovalSaysSo()
    {
        using var allowing = new AllowingSelfApproval();
        var (admin, id) = await SubmittedByTheAdminAsync(allowing, "Small Team GmbH");

        var own = await admin.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { comment = "We are three people." });

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private sealed class AllowingSelfApproval : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Proposals:AllowSelfApproval"] = "true" };
    }
}
