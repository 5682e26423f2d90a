using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Security;

/// <summary>
/// Every list a caller sends or grows has a maximum (docs/api.md lists them): over it, the API answers 400 at
/// the list's JSON path (or 409 when the record itself is full), the page says so next to the field, and nothing is saved.
/// </summary>
public sealed class BoundedInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AccountAsync(HttpClient api, string name) =>
        (await (await api.PostAsJsonAsync("/api/v1/accounts", new { name })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private async Task<int> OpportunitiesNamedAsync(string name)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Opportunities.CountAsync(o => o.Name == name);
    }

    [Fact]
    public async Task AnOpportunityWith200000CompetitorsIsRefusedAtItsPathAndNotSaved()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var accountId = await AccountAsync(rep, "Crowded Market AB");

        var response = await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId,
            name = "Crowded deal",
            currency = "EUR",
            competitors = Enumerable.Range(0, 200_000).Select(i => $"C{i}").ToArray(),
        });

        var errors = await ErrorsAsync(response);
        Assert.Equal($"At most {DiscoveryLimits.MaxCompetitors} competitors; this has 200000.", errors.GetProperty("competitors")[0].GetString());
        Assert.Single(errors.EnumerateObject());
        Assert.Equal(0, await OpportunitiesNamedAsync("Crowded deal"));
    }

    [Fact]
    public async Task TheMostCompetitorsAreKeptAndOneMoreIsRefusedOnEditToo()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var accountId = await AccountAsync(rep, "Edge Case GmbH");
        var most = Enumerable.Range(1, DiscoveryLimits.MaxCompetitors).Select(i => $"Rival {i}").ToArray();
        var created = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name = "Edge deal", currency = "EUR", competitors = most });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/opportunities/{id}")
        {
            Content = JsonContent.Create(new { competitors = most.Append("One too many").ToArray(), version = 1 }),
        };
        var errors = await ErrorsAsync(await rep.SendAsync(patch));

        Assert.StartsWith($"At most {DiscoveryLimits.MaxCompetitors} competitors", errors.GetProperty("competitors")[0].GetString());
        Assert.Equal(DiscoveryLimits.MaxCompetitors, (await rep.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("competitors").GetArrayLength());
    }

    [Fact]
    public async Task TooManyPeopleOrPainPointsInOneBodyAreRefusedAtTheirLists()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var accountId = await AccountAsync(rep, "Many Voices Ltd");

        var response = await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId,
            name = "Many voices",
            currency = "EUR",
            stakeholders = Enumerable.Range(0, DiscoveryLimits.MaxStakeholders + 1).Select(i => new { key = $"s{i}", name = $"Person {i}", role = "influencer" }).ToArray(),
            painPoints = Enumerable.Range(0, DiscoveryLimits.MaxPainPoints + 1).Select(i => new { title = $"Pain {i}", category = "SLOW-FULFIL", severity = 3 }).ToArray(),
        });

        var errors = await ErrorsAsync(response);
        Assert.Contains($"At most {DiscoveryLimits.MaxStakeholders} people", errors.GetProperty("stakeholders")[0].GetString());
        Assert.Contains($"At most {DiscoveryLimits.MaxPainPoints} pain points", errors.GetProperty("painPoints")[0].GetString());
        Assert.Equal(0, await OpportunitiesNamedAsync("Many voices"));
    }

    [Fact]
    public async Task AFullDealRefusesAnotherPainPointOnTheApiAndOnThePage()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var accountId = await AccountAsync(rep, "Full House Oy");
        var created = await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId,
            name = "Full house",
            currency = "EUR",
            painPoints = Enumerable.Range(0, DiscoveryLimits.MaxPainPoints).Select(i => new { title = $"Pain {i}", category = "SLOW-FULFIL", severity = 3 }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var api = await rep.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = "One more", category = "SLOW-FULFIL", severity = 3 });
        var browser = await app.SignInAsync("rep@demo.local");
        var page = await browser.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/pain-points", new Dictionary<string, string>
        {
            ["Title"] = "One more on the page",
            ["Category"] = "SLOW-FULFIL",
            ["Severity"] = "3",
        });

        var apiBody = await api.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Contains($"has {DiscoveryLimits.MaxPainPoints} pain points, the most it keeps", apiBody);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("the most it keeps", Html.Parse(await page.Content.ReadAsStringAsync()).QuerySelector("[name=Title]")?.ParentElement?.TextContent);
        Assert.Equal(DiscoveryLimits.MaxPainPoints, (await rep.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("painPoints").GetArrayLength());
    }

    [Fact]
    public async Task TooManyCompetitorsOnThePageAreSaidNextToTheField()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var accountId = await AccountAsync(rep, "Page Rivals SA");
        var browser = await app.SignInAsync("rep@demo.local");

        var answer = await browser.SubmitFormAsync($"/accounts/{accountId}", $"/accounts/{accountId}/opportunities", new Dictionary<string, string>
        {
            ["Name"] = "Page rivals",
            ["Currency"] = "EUR",
            ["Competitors"] = string.Join(", ", Enumerable.Range(1, DiscoveryLimits.MaxCompetitors + 1).Select(i => $"Rival {i}")),
        });
        var page = Html.Parse(await answer.Content.ReadAsStringAsync());

        Assert.NotEqual(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains($"At most {DiscoveryLimits.MaxCompetitors} competitors", page.QuerySelector("[name=Competitors]")?.ParentElement?.TextContent ?? page.Body!.TextContent);
        Assert.Equal(0, await OpportunitiesNamedAsync("Page rivals"));
    }

    [Fact]
    public async Task AProposalKeepsAtMostItsOptions()
    {
        var presales = await app.ApiClientAsync("presales@demo.local");
        var proposal = await (await presales.PostAsJsonAsync("/api/v1/opportunities/1/proposals", new { title = "Many options" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = proposal.GetProperty("id").GetInt32();
        var version = proposal.GetProperty("version").GetInt32();
        var options = proposal.GetProperty("options").GetArrayLength();

        HttpResponseMessage last = new(HttpStatusCode.OK);
        for (var i = options; i <= ProposalTerms.MaxOptions; i++)
        {
            last = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options", new { name = $"Option {i}", version });
            if (last.IsSuccessStatusCode)
            {
                version = (await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("version").GetInt32();
            }
        }

        var errors = await ErrorsAsync(last);
        Assert.Equal($"A proposal keeps at most {ProposalTerms.MaxOptions} options; delete one before adding another.", errors.GetProperty("name")[0].GetString());
        Assert.Equal(ProposalTerms.MaxOptions, (await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("options").GetArrayLength());
    }
}
