using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Portal;
using Configurator.Web.Data;
using Configurator.Web.Features.Portal;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Portal;

/// <summary>A proposal issued (real Chromium) and marked sent through the workflow, and links to it inserted as the send feature makes them.</summary>
public static class PortalScenarios
{
    public sealed record Sent(HttpClient Presales, int ProposalId, int OpportunityId, int Revision, IReadOnlyList<int> OptionIds, IReadOnlyList<string> OptionNames);

    public static async Task<Sent> SentProposalAsync(this AppFactory app, string account, string language = "en", string? submitComment = null,
        Func<HttpClient, int, Task>? prepare = null)
    {
        object[] people = [new { key = "cfo", name = "Dana Smith", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5, notes = "INTERNAL-STAKEHOLDER-NOTE-7Q" }];
        object[] pains =
        [
            new { title = "Counts drift every month", category = "STOCK-ERRORS", severity = 5, annualImpact = 300000m, clientWords = "We never trust the stock figure", raisedBy = "cfo" },
            new { title = "Orders ship late in peak", category = "SLOW-FULFIL", severity = 4, annualImpact = 150000m },
        ];
        var (presales, id) = await app.ApprovedProposalAsync(account, $"{account} deal", language, pains, people);
        if (prepare is not null)
        {
            await prepare(presales, id);
        }
        if (submitComment is not null)
        {
            var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = submitComment })).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("approved", submitted.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.Created, (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { })).StatusCode);
        }
        else
        {
            await presales.IssueRevisionAsync(id);
        }
        var sent = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/send", new { });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var proposal = await sent.Content.ReadFromJsonAsync<JsonElement>();
        var options = proposal.GetProperty("options").EnumerateArray().ToList();
        return new Sent(presales, id, proposal.GetProperty("opportunityId").GetInt32(), proposal.GetProperty("sentRevision").GetInt32(),
            options.Select(o => o.GetProperty("id").GetInt32()).ToList(), options.Select(o => o.GetProperty("name").GetString()!).ToList());
    }

    /// <summary>A link for one recipient, as the send feature stores it (only the token's hash); returns the token and the link's id.</summary>
    public static async Task<(string Token, int LinkId)> LinkAsync(this AppFactory app, Sent sent, string recipient = "Dana Smith", string email = "dana@client.example",
        DateTimeOffset? expiresAt = null, Action<ClientLink>? change = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var presales = await db.Users.FirstAsync(u => u.Email == "presales@demo.local");
        var stakeholder = await db.Opportunities.Where(o => o.Id == sent.OpportunityId).SelectMany(o => o.Stakeholders).Select(s => s.Id).FirstAsync();
        var (token, hash) = ClientTokens.New();
        var now = DateTimeOffset.UtcNow;
        var (link, issues) = ClientLink.Create(sent.ProposalId, sent.Revision, stakeholder, recipient, email, hash, "Here is our proposal.",
            expiresAt ?? now.AddDays(30), presales.Id, expiresAt is { } past && past < now ? past.AddDays(-1) : now.AddMinutes(-1));
        Assert.Empty(issues);
        change?.Invoke(link!);
        db.ClientLinks.Add(link!);
        await db.SaveChangesAsync();
        return (token, link!.Id);
    }

    public static async Task<T> ReadAsync<T>(this AppFactory app, Func<ConfiguratorDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>());
    }

    /// <summary>A client's browser: no cookies kept, nobody signed in.</summary>
    public static HttpClient ClientBrowser(this AppFactory app) => app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri("https://localhost"),
    });

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, params (string Key, string Value)[] fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));
}
