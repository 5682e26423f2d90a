using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.ClientLinks;

/// <summary>An approved proposal with a revision issued (real Chromium) and its opportunity's people by name.</summary>
public sealed record SendableProposal(HttpClient Presales, int Id, int OpportunityId, IReadOnlyDictionary<string, int> People);

public static class ClientLinkScenarios
{
    public static readonly object[] Pains = [new { title = "Inventory counts never match", category = "STOCK-ERRORS", severity = 5, annualImpact = 200000m }];

    /// <summary>Dana Smith (economic buyer) and Lee Wong have e-mail addresses; Sam Noemail has none.</summary>
    public static readonly object[] People =
    [
        new { key = "cfo", name = "Dana Smith", title = "CFO", role = "economic-buyer", email = "dana@client.example" },
        new { key = "ops", name = "Lee Wong", title = "Head of Operations", role = "champion", email = "lee@client.example" },
        new { key = "it", name = "Sam Noemail", title = "IT", role = "user" },
    ];

    public static async Task<SendableProposal> SendableAsync(this AppFactory app, string name, string language = "en")
    {
        var (presales, id) = await app.ApprovedProposalAsync($"{name} Ltd", name, language, Pains, People);
        await presales.IssueRevisionAsync(id);
        var proposal = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        var opportunityId = proposal.GetProperty("opportunityId").GetInt32();
        var opportunity = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{opportunityId}");
        var people = opportunity.GetProperty("stakeholders").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetInt32());
        return new SendableProposal(presales, id, opportunityId, people);
    }

    public static async Task<T> InDatabaseAsync<T>(this AppFactory app, Func<ConfiguratorDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>());
    }

    public static Task<List<Domain.Portal.ClientLink>> LinksAsync(this AppFactory app, int proposalId) =>
        app.InDatabaseAsync(db => db.ClientLinks.AsNoTracking().Where(l => l.ProposalId == proposalId).OrderBy(l => l.Id).ToListAsync());
}
