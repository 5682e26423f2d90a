using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Dashboard;

/// <summary>People with roles of their own and deals made through the API, so a home's figures can be worked out by hand.</summary>
public static class HomeData
{
    public const string Password = "Homes-Harbour-2026";

    public static readonly string[] Sections = ["home-rep", "home-presales", "home-approver", "home-product", "home-admin"];

    /// <summary>A new person with the roles given (nothing of theirs exists yet): their signed-in browser and API client.</summary>
    public static async Task<(HttpClient Browser, HttpClient Api, string Email)> PersonAsync(this AppFactory app, params string[] roles)
    {
        var email = $"home.{Guid.NewGuid():n}@test.local";
        await app.CreateUserAsync(email, Password, roles);
        return (await app.SignInAsync(email, Password), await app.ApiClientAsync(email, Password), email);
    }

    public static async Task<IDocument> HomeAsync(this HttpClient browser) => Html.Parse(await browser.GetPageAsync("/"));

    /// <summary>The role sections the page shows, in page order.</summary>
    public static IReadOnlyList<string> SectionsShown(this IDocument home) =>
        home.QuerySelectorAll("section.home-role").Select(s => s.Id!).ToList();

    public static string Text(this IParentNode node, string selector) => node.One(selector).TextContent.Trim();

    public static async Task<int> AccountAsync(this HttpClient rep, string name)
    {
        var response = await rep.PostAsJsonAsync("/api/v1/accounts", new { name, allowSimilar = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> OpportunityAsync(this HttpClient rep, object body)
    {
        var response = await rep.PostAsJsonAsync("/api/v1/opportunities", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task SetNextStepAsync(this HttpClient rep, JsonElement opportunity, string text, DateOnly due)
    {
        var response = await rep.PatchAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}",
            new { nextStep = text, nextStepDue = due.ToString("yyyy-MM-dd"), version = opportunity.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<JsonElement> ProposalAsync(this HttpClient presales, int opportunityId, string title, bool recommend)
    {
        var response = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunityId}/proposals", new { title, termMonths = 24, recommend });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Gives the recommendation's first standard line 40% off and submits it: beyond its limit, so it waits for an approver.</summary>
    public static async Task SubmitForReviewAsync(this HttpClient presales, JsonElement proposal)
    {
        var id = proposal.GetProperty("id").GetInt32();
        var option = proposal.GetProperty("options")[0];
        var line = option.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("kind").GetString() == "standard");
        var discounted = await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{option.GetProperty("id").GetInt32()}/lines/{line.GetProperty("id").GetInt32()}",
            new { discountPercent = 40m, version = proposal.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, discounted.StatusCode);
        var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = "A strategic first deal in the region." })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("in-review", submitted.GetProperty("status").GetString());
    }

    public static async Task DecideAsync(this HttpClient approver, int proposalId, string action, string comment)
    {
        var response = await approver.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/{action}", new { comment });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
