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
        var (admin, id, version) = await ChangedByTheAdminAsync(app, client);
        var submitted = await admin.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = "Strategic logo.", version });
        Assert.Equal("in-review", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        return (admin, id);
    }

    /// <summary>The admin builds a proposal and gives a discount beyond its limit; nobody has submitted it yet.</summary>
    private static async Task<(HttpClient Admin, int Id, int Version)> ChangedByTheAdminAsync(AppFactory app, string client)
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
        return (admin, id, discounted.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task WhoeverLastChangedItCannotApproveEvenWhenSomeoneElseSubmittedIt()
    {
        var (admin, id, version) = await ChangedByTheAdminAsync(app, "Changed Hands AG");
        var presales = await app.ApiClientAsync("presales@demo.local");
        var submitted = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = "Strategic logo.", version });

        var own = await admin.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { comment = "Looks fine." });
        var problem = await own.Content.ReadFromJsonAsync<JsonElement>();
        var approver = await app.ApiClientAsync("approver@demo.local");
        var approved = await (await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { comment = "Agreed." })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("You last changed this proposal", problem.GetProperty("detail").GetString());
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal((await app.FindUserAsync("admin@demo.local"))!.Id, approved.GetProperty("lastChangedBy").GetString());
        Assert.Equal([(await app.FindUserAsync("presales@demo.local"))!.Id, (await app.FindUserAsync("approver@demo.local"))!.Id],
            approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("actorId").GetString()));
    }

    [Fact]
    public async Task TheBuilderSaysWhyInsteadOfOfferingApproveOnOnesOwnWork()
    {
        var (_, id) = await SubmittedByTheAdminAsync(app, "Own Builder SA");
        var admin = await app.SignInAsync("admin@demo.local");
        var approver = await app.SignInAsync("approver@demo.local");

        var adminWorkflow = Html.Parse(await admin.GetPageAsync($"/proposals/{id}")).One("#workflow");
        var approverWorkflow = Html.Parse(await approver.GetPageAsync($"/proposals/{id}")).One("#workflow");

        Assert.DoesNotContain(adminWorkflow.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Approve");
        Assert.Contains("You submitted this proposal, so another approver decides on it", adminWorkflow.One("[data-refused=approve]").TextContent);
        Assert.Contains(adminWorkflow.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Reject");
        Assert.Contains(approverWorkflow.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Approve");
        Assert.Null(approverWorkflow.QuerySelector("[data-refused]"));
    }

    [Fact]
    public async Task TheQueueHoldsBackApproveOnOnesOwnWorkAndSaysWhy()
    {
        var (_, id) = await SubmittedByTheAdminAsync(app, "Own Queue GmbH");
        var admin = await app.SignInAsync("admin@demo.local");
        var approver = await app.SignInAsync("approver@demo.local");

        var adminRow = Html.Parse(await admin.GetPageAsync("/proposals")).One($"#queue-{id}");
        var approverRow = Html.Parse(await approver.GetPageAsync("/proposals")).One($"#queue-{id}");

        Assert.DoesNotContain(adminRow.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Approve");
        Assert.Contains(adminRow.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Reject");
        Assert.Contains("You submitted this proposal, so another approver decides on it", adminRow.One(".queue__own").TextContent);
        Assert.Contains(approverRow.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Approve");
        Assert.Null(approverRow.QuerySelector(".queue__own"));
    }

    [Fact]
    public async Task TheBuilderHistoryNamesWhoChangedAndWhoApproved()
    {
        var (_, id) = await SubmittedByTheAdminAsync(app, "Both Names Oy");
        var approver = await app.ApiClientAsync("approver@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { comment = "Agreed." })).StatusCode);
        var presales = await app.SignInAsync("presales@demo.local");

        var history = Html.Parse(await presales.GetPageAsync($"/proposals/{id}")).One("#history");

        Assert.Contains("Content last changed by Alex Admin", history.One("#last-changed").TextContent);
        Assert.Contains("Avery Approver", history.TextContent);
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
