using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Proposals;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Configurator.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Insights;

/// <summary>
/// The app with a hand-made set of decided proposals, all on the opportunities of one rep of their own, so the figures
/// can be worked out by hand (see <see cref="OutcomeInsightsTests"/>). Each proposal is created, issued, sent and
/// decided through the API; the client's declines go through the portal. Where a figure must sit exactly on a band's
/// edge, a second revision with those figures is stored before sending (the engine cannot be steered to 15.00%), which
/// also makes the proposal count by its last revision.
/// </summary>
public sealed class OutcomesApp : AppFactory, IAsyncLifetime
{
    public const string RepEmail = "outcomes.rep@demo.local";
    public const string Password = "Outcomes!2026-rep";

    public string RepId { get; private set; } = "";

    /// <summary>The proposal with two revisions whose first sits in another band than its last.</summary>
    public int TwoRevisions { get; private set; }

    public int WithoutRevision { get; private set; }

    public async Task InitializeAsync()
    {
        RepId = (await CreateUserAsync(RepEmail, Password, Roles.Rep)).Id;
        var rep = await ApiClientAsync(RepEmail, Password);
        var presales = await ApiClientAsync("presales@demo.local");
        var (standard, service) = await ItemsAsync();

        // P1: one standard line, as issued: no differentiation, no discount → 0-15, 0-5; won.
        var p1 = await ProposalAsync(rep, presales, "Outcome One", standard);
        await IssueAndSendAsync(presales, p1, null);
        await DecideAsync(presales, p1, "won");
        // P2: one service line, as issued (innovations all need a standard item): all differentiation → 50-100, 0-5; lost for the team's reason.
        var p2 = await ProposalAsync(rep, presales, "Outcome Two", service);
        await IssueAndSendAsync(presales, p2, null);
        await DecideAsync(presales, p2, "lost", "They built it in-house.");
        // P3–P7: a last revision with figures on and between the edges.
        var p3 = await ProposalAsync(rep, presales, "Outcome Three", standard);
        await IssueAndSendAsync(presales, p3, new RevisionFigures("Better", 100000m, 5m, 0.15m));
        await DecideAsync(presales, p3, "won");
        var p4 = await ProposalAsync(rep, presales, "Outcome Four", standard);
        await IssueAndSendAsync(presales, p4, new RevisionFigures("Better", 100000m, 12m, 0.30m));
        await DecideAsync(presales, p4, "won");
        var p5 = await ProposalAsync(rep, presales, "Outcome Five", standard);
        await IssueAndSendAsync(presales, p5, new RevisionFigures("Better", 100000m, 4m, 0.42m));
        await DecideAsync(presales, p5, "won");
        TwoRevisions = p5;
        var p6 = await ProposalAsync(rep, presales, "Outcome Six", standard);
        await DeclineAndLoseAsync(presales, p6, await IssueAndSendAsync(presales, p6, new RevisionFigures("Better", 100000m, 20m, 0.10m)), "price");
        var p7 = await ProposalAsync(rep, presales, "Outcome Seven", standard);
        await DeclineAndLoseAsync(presales, p7, await IssueAndSendAsync(presales, p7, new RevisionFigures("Better", 100000m, 8m, 0.50m)), "competitor");
        // P8: won, then its revisions gone (as data from before revisions were kept): left out, and counted as such.
        var p8 = await ProposalAsync(rep, presales, "Outcome Eight", standard);
        await IssueAndSendAsync(presales, p8, null);
        await DecideAsync(presales, p8, "won");
        await InDatabaseAsync(db => db.ProposalRevisions.Where(r => r.ProposalId == p8).ExecuteDeleteAsync());
        WithoutRevision = p8;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<T> InDatabaseAsync<T>(Func<ConfiguratorDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>());
    }

    private async Task<(string Standard, string Service)> ItemsAsync()
    {
        var items = await InDatabaseAsync(db => db.OfferItems.AsNoTracking().ToListAsync());
        var usable = items.Select(i => i.ToSpec())
            .Where(i => i.Status == ItemStatus.Active && i.Requires.Count == 0 && i.PriceIn("EUR") is not null && i.Quantity.Min <= 1).ToList();
        return (usable.First(i => i.Kind == ItemKind.Standard).Code, usable.First(i => i.Kind == ItemKind.Service).Code);
    }

    /// <summary>The rep's account and opportunity (with one person to send to); presales' proposal with one line of the item.</summary>
    private static async Task<int> ProposalAsync(HttpClient rep, HttpClient presales, string account, string itemCode)
    {
        var created = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = created.GetProperty("id").GetInt32(),
            name = $"{account} deal",
            currency = "EUR",
            stakeholders = new object[] { new { key = "cfo", name = "Dana Smith", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 } },
            painPoints = new object[] { new { title = "Counts drift", category = "STOCK-ERRORS", severity = 4, annualImpact = 100000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var proposal = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = $"{account} proposal", language = "en", termMonths = 12, recommend = false });
        Assert.Equal(HttpStatusCode.Created, proposal.StatusCode);
        var read = await proposal.Content.ReadFromJsonAsync<JsonElement>();
        var id = read.GetProperty("id").GetInt32();
        var optionId = read.GetProperty("options")[0].GetProperty("id").GetInt32();
        var added = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{optionId}/lines", new { itemCode, quantity = 1, version = read.GetProperty("version").GetInt32() });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Issues revision 1 through the API; with figures, stores revision 2 carrying them; sends the last one. Returns the sent revision.</summary>
    private async Task<PortalScenarios.Sent> IssueAndSendAsync(HttpClient presales, int id, RevisionFigures? last)
    {
        await presales.IssueRevisionAsync(id);
        if (last is not null)
        {
            await InDatabaseAsync(async db =>
            {
                var first = await db.ProposalRevisions.AsNoTracking().SingleAsync(r => r.ProposalId == id);
                db.ProposalRevisions.Add(ProposalRevision.Issue(id, 2, first.IssuedById, first.IssuedByName, first.IssuedAt.AddMinutes(5), first.Data, first.Html, first.Pdf, last));
                return await db.SaveChangesAsync();
            });
        }
        var sent = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/send", new { });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var proposal = await sent.Content.ReadFromJsonAsync<JsonElement>();
        var options = proposal.GetProperty("options").EnumerateArray().ToList();
        return new PortalScenarios.Sent(presales, id, proposal.GetProperty("opportunityId").GetInt32(), proposal.GetProperty("sentRevision").GetInt32(),
            options.Select(o => o.GetProperty("id").GetInt32()).ToList(), options.Select(o => o.GetProperty("name").GetString()!).ToList());
    }

    private static async Task DecideAsync(HttpClient presales, int id, string step, string? comment = null)
    {
        var decided = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/{step}", new { comment });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
    }

    /// <summary>The client declines online with a reason; presales confirm the loss with the comment the builder offers.</summary>
    private async Task DeclineAndLoseAsync(HttpClient presales, int id, PortalScenarios.Sent sent, string reason)
    {
        var (token, _) = await this.LinkAsync(sent);
        var declined = await this.ClientBrowser().PostFormAsync($"/p/{token}/decline", ("reason", reason), ("competitor", "Rival Ltd"), ("text", "Not this time."));
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        await DecideAsync(presales, id, "lost", $"Client declined: {reason}");
    }
}
