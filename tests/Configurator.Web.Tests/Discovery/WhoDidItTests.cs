using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Discovery;

/// <summary>Who did something is recorded one way, the user id, whether it came from a page or the API; names are shown.</summary>
public sealed class WhoDidItTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task APageAddAndAnApiAddBothRecordTheUserIdAndShowTheName()
    {
        var user = (await app.FindUserAsync("rep@demo.local"))!;
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = "Who did it account" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await api.PostAsJsonAsync("/api/v1/opportunities", new { accountId = account.GetProperty("id").GetInt32(), name = "Who did it", currency = "EUR" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var page = await app.SignInAsync("rep@demo.local");
        var url = $"/opportunities/{id}";
        var token = BrowserExtensions.AntiforgeryToken(await page.GetPageAsync(url));

        var byApi = await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = "Added over the API", category = "COMPLIANCE", severity = 3 });
        var byPage = await page.SubmitFormAsync(url, $"{url}/pain-points",
            new Dictionary<string, string> { ["Title"] = "Added on the page", ["Category"] = "COMPLIANCE", ["Severity"] = "3" });
        var personByApi = await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/stakeholders", new { name = "Api Person", role = "user" });
        var personByPage = await page.SubmitFormAsync(url, $"{url}/stakeholders", new Dictionary<string, string> { ["Name"] = "Page Person", ["Role"] = "user" });
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}");
        var html = await page.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Created, byApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byPage.StatusCode);
        Assert.Equal(HttpStatusCode.Created, personByApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, personByPage.StatusCode);
        var pains = read.GetProperty("painPoints").EnumerateArray().ToList();
        Assert.Equal(["Added over the API", "Added on the page"], pains.Select(p => p.GetProperty("title").GetString()));
        Assert.All(pains, p => Assert.Equal(user.Id, p.GetProperty("capturedById").GetString()));
        Assert.All(pains, p => Assert.Equal("Riley Rep", p.GetProperty("capturedBy").GetString()));
        Assert.Contains("captured by Riley Rep", html);
        Assert.DoesNotContain("rep@demo.local", html);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var activity = await db.Activity.AsNoTracking().Where(a => a.OpportunityId == id).ToListAsync();
        Assert.Equal(2, activity.Count(a => a.Kind == ActivityKind.PainPointAdded));
        Assert.Equal(2, activity.Count(a => a.Kind == ActivityKind.StakeholderAdded));
        Assert.All(activity, a => Assert.Equal(user.Id, a.ActorId));
    }
}
