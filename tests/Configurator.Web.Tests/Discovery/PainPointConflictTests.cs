using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Discovery;

/// <summary>Changing a pain point over the API and on the page is one use case: a stale version is a conflict either way and changes nothing.</summary>
public sealed class PainPointConflictTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Api, int Id, int PainId)> CreateDealAsync(string name)
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} account" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await (await api.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            painPoints = new[] { new { title = "Trucks wait", category = "SLOW-FULFIL", severity = 3 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        return (api, created.GetProperty("id").GetInt32(), created.GetProperty("painPoints")[0].GetProperty("id").GetInt32());
    }

    private async Task<int> ChangesRecordedAsync(int id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Activity
            .CountAsync(a => a.OpportunityId == id && a.Kind == ActivityKind.PainPointChanged);
    }

    [Fact]
    public async Task AStaleVersionOverTheApiOrOnThePageIsAConflictAndChangesNothing()
    {
        var (api, id, painId) = await CreateDealAsync("Stale versions");
        var url = $"/api/v1/opportunities/{id}/pain-points/{painId}";

        var first = await api.PutAsJsonAsync(url, new { title = "Trucks wait two hours", category = "SLOW-FULFIL", severity = 4, version = 1 });
        var staleBody = await api.PutAsJsonAsync(url, new { title = "Overwritten over the API", category = "SLOW-FULFIL", severity = 1, version = 1 });
        var staleHeader = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { title = "Overwritten by If-Match", category = "SLOW-FULFIL", severity = 1 }) };
        staleHeader.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var staleIfMatch = await api.SendAsync(staleHeader);
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{id}"));
        var pageRequest = new HttpRequestMessage(HttpMethod.Post, $"/opportunities/{id}/pain-points/{painId}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Title"] = "Overwritten on the page",
                ["Category"] = "SLOW-FULFIL",
                ["Severity"] = "1",
                ["Version"] = "1",
            }),
        };
        pageRequest.Headers.Add("HX-Request", "true");
        pageRequest.Headers.Add("RequestVerificationToken", token);
        var stalePage = await rep.SendAsync(pageRequest);
        var pain = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("painPoints")[0];

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, staleBody.StatusCode);
        Assert.Equal("application/problem+json", staleBody.Content.Headers.ContentType?.MediaType);
        Assert.Contains("changed since version 1; it is version 2 now", (await staleBody.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, staleIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stalePage.StatusCode);
        Assert.Contains("changed this pain point while you were editing it", await stalePage.Content.ReadAsStringAsync());
        Assert.Equal("Trucks wait two hours", pain.GetProperty("title").GetString());
        Assert.Equal(4, pain.GetProperty("severity").GetInt32());
        Assert.Equal(2, pain.GetProperty("version").GetInt32());
        Assert.Equal(1, await ChangesRecordedAsync(id));
    }

    [Fact]
    public async Task AnApiChangeMustNameItsVersionAndAnUnknownPainPointIsNotFound()
    {
        var (api, id, painId) = await CreateDealAsync("Versionless");

        var versionless = await api.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}", new { title = "No version", category = "SLOW-FULFIL", severity = 2 });
        var unknown = await api.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/999999", new { title = "Nobody", category = "SLOW-FULFIL", severity = 2, version = 1 });
        var invalid = await api.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}", new { title = "", category = "SLOW-FULFIL", severity = 9, version = 1, raisedBy = "999999" });

        Assert.Equal(HttpStatusCode.BadRequest, versionless.StatusCode);
        Assert.True((await versionless.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True(errors.TryGetProperty("title", out _) && errors.TryGetProperty("severity", out _) && errors.TryGetProperty("raisedBy", out _), errors.ToString());
        Assert.Equal(0, await ChangesRecordedAsync(id));
    }
}
