using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Discovery;

/// <summary>"Client confirmed the cost" on the opportunity page: the same use case as the API's baseline, as a plain form and with htmx.</summary>
public sealed class PainPointBaselinePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int Opportunity, int Pain, int Person)> DealAsync(string account)
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var created = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = account })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await api.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = created.GetProperty("id").GetInt32(),
            name = "Peak",
            currency = "EUR",
            stakeholders = new object[] { new { key = "cfo", name = "Dana Smith", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 } },
            painPoints = new object[] { new { title = "Orders wait", category = "SLOW-FULFIL", severity = 4, annualImpact = 100_000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        return (opportunity.GetProperty("id").GetInt32(), opportunity.GetProperty("painPoints")[0].GetProperty("id").GetInt32(),
            opportunity.GetProperty("stakeholders")[0].GetProperty("personId").GetInt32());
    }

    private async Task<PainPoint> SavedAsync(int painId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().PainPoints.AsNoTracking().SingleAsync(p => p.Id == painId);
    }

    private static Dictionary<string, string> Fields(string amount, string person, string on, int version) => new()
    {
        ["Amount"] = amount,
        ["ConfirmedBy"] = person,
        ["ConfirmedOn"] = on,
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task APlainFormSavesTheConfirmedCostAndRemovingItTakesItBack()
    {
        var (id, painId, person) = await DealAsync("Baseline page Oy");
        var rep = await app.SignInAsync("rep@demo.local");
        var page = Html.Parse(await rep.GetPageAsync($"/opportunities/{id}"));
        Assert.NotNull(page.QuerySelector($"#pain-baseline-{painId} form[action='/opportunities/{id}/pain-points/{painId}/baseline']"));
        Assert.NotNull(page.QuerySelector($"#pain-baseline-{painId} select[name=ConfirmedBy] option[value='{person}']"));

        var saved = await rep.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/pain-points/{painId}/baseline", Fields("120k", person.ToString(System.Globalization.CultureInfo.InvariantCulture), "2026-01-15", 1));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var pain = await SavedAsync(painId);
        Assert.Equal(120_000m, pain.BaselineAmount);
        Assert.Equal(person, pain.BaselineConfirmedById);
        Assert.Equal(new DateOnly(2026, 1, 15), pain.BaselineConfirmedOn);
        var shown = Html.Parse(await rep.GetPageAsync($"/opportunities/{id}"));
        Assert.Contains("Dana Smith", shown.One($"#pain-{painId} .pain__baseline").TextContent, StringComparison.Ordinal);
        Assert.Equal("120,000", shown.Attr($"#pain-baseline-{painId} input[name=Amount]", "value"));

        var removed = await rep.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/pain-points/{painId}/baseline/remove", new Dictionary<string, string> { ["Version"] = pain.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await SavedAsync(painId)).BaselineAmount);
    }

    [Fact]
    public async Task WithHtmxTheSavedPainPointComesBackInPlace()
    {
        var (id, painId, person) = await DealAsync("Baseline htmx Oy");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{id}"));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/opportunities/{id}/pain-points/{painId}/baseline")
        {
            Content = new FormUrlEncodedContent(Fields("€95,000", person.ToString(System.Globalization.CultureInfo.InvariantCulture), "2026-01-15", 1)),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);

        var response = await rep.SendAsync(request);
        var fragment = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dana Smith", fragment.One($"li#pain-{painId} .pain__baseline").TextContent, StringComparison.Ordinal);
        Assert.Equal(95_000m, (await SavedAsync(painId)).BaselineAmount);
    }

    [Fact]
    public async Task BadInputIsSaidNextToEachFieldKeepsWhatWasTypedAndSavesNothing()
    {
        var (id, painId, _) = await DealAsync("Baseline refused Oy");
        var (_, _, stranger) = await DealAsync("Baseline stranger Oy");
        var rep = await app.SignInAsync("rep@demo.local");

        var refused = await rep.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/pain-points/{painId}/baseline",
            Fields("lots", stranger.ToString(System.Globalization.CultureInfo.InvariantCulture), "2099-01-01", 1));
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        var form = page.One($"#pain-baseline-{painId}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(form.HasAttribute("open"));
        Assert.Equal("lots", form.Attr("input[name=Amount]", "value"));
        Assert.Equal("2099-01-01", form.Attr("input[name=ConfirmedOn]", "value"));
        var errors = form.QuerySelectorAll(".field__error").Select(e => e.TextContent.Trim()).Where(e => e.Length > 0).ToList();
        Assert.Equal(
            ["Write an amount such as 45,000, 45k, 1.2m or 22万.", "Choose who at the client confirmed it: one of the account's people.", "The day the client confirmed it cannot be in the future."],
            errors);
        var pain = await SavedAsync(painId);
        Assert.Null(pain.BaselineAmount);
        Assert.Equal(1, pain.Version);
    }

    [Fact]
    public async Task AStaleVersionIsAConflictAndSavesNothing()
    {
        var (id, painId, person) = await DealAsync("Baseline stale Oy");
        var rep = await app.SignInAsync("rep@demo.local");
        var typed = person.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await rep.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/pain-points/{painId}/baseline", Fields("120k", typed, "2026-01-15", 1))).StatusCode);

        var stale = await rep.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/pain-points/{painId}/baseline", Fields("80k", typed, "2026-01-16", 1));
        var form = Html.Parse(await stale.Content.ReadAsStringAsync()).One($"#pain-baseline-{painId}");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("80k", form.Attr("input[name=Amount]", "value"));
        Assert.Contains("has changed since version 1", form.One(".field__error").TextContent, StringComparison.Ordinal);
        Assert.Equal(120_000m, (await SavedAsync(painId)).BaselineAmount);
    }
}
