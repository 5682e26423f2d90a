using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

/// <summary>
/// Unit costs, and the margins that follow from them, reach only product managers and approvers: every
/// endpoint and page that shows catalogue or proposal data is read as every role. For the others the field is
/// absent, not zero.
/// </summary>
public sealed class CostVisibilityTests(AppFactory app) : IClassFixture<AppFactory>
{
    // SVC-CARE-247 has an EUR unit cost of 1,400 in the demo catalogue.
    private const string Item = "SVC-CARE-247";

    public static TheoryData<string, bool> Roles => new()
    {
        { "rep@demo.local", false },
        { "presales@demo.local", false },
        { "admin@demo.local", false },
        { "product@demo.local", true },
        { "approver@demo.local", true },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task TheCatalogueApiAndExportsCarryUnitCostsOnlyForTheRolesThatMaySeeThem(string email, bool seesCosts)
    {
        var api = await app.ApiClientAsync(email);
        var browser = await app.SignInAsync(email);

        var catalogue = await api.GetStringAsync("/api/v1/catalogue");
        var item = await api.GetStringAsync($"/api/v1/catalogue/items/{Item}");
        var json = await browser.GetStringAsync("/catalogue/export.json");
        var csv = await browser.GetStringAsync("/catalogue/export.csv");
        var page = await browser.GetPageAsync($"/catalogue/items/{Item}");

        foreach (var text in new[] { catalogue, item, json })
        {
            Assert.Equal(seesCosts, text.Contains("\"unitCost\"", StringComparison.Ordinal));
        }
        Assert.Equal(seesCosts, csv.Split('\n')[0].Split(',').Contains("unitCost"));
        Assert.Equal(seesCosts, Html.Parse(page).QuerySelectorAll("th").Any(th => th.TextContent.Trim() == "Unit cost"));
        Assert.Equal(seesCosts, page.Contains("(cost 1400.00)", StringComparison.Ordinal)); // the item's history
        var price = JsonDocument.Parse(item).RootElement.GetProperty("pricing").GetProperty("prices").EnumerateArray().Single(p => p.GetProperty("currency").GetString() == "EUR");
        Assert.Equal(seesCosts, price.TryGetProperty("unitCost", out _));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task AProposalShowsItsMarginOnlyToTheRolesThatMaySeeCosts(string email, bool seesCosts)
    {
        var proposal = await ProposalAsync();
        var api = await app.ApiClientAsync(email);
        var browser = await app.SignInAsync(email);

        var body = await (await api.GetAsync($"/api/v1/proposals/{proposal}")).Content.ReadFromJsonAsync<JsonElement>();
        var builder = Html.Parse(await browser.GetPageAsync($"/proposals/{proposal}"));

        var margins = body.GetProperty("options").EnumerateArray().Select(o => o.TryGetProperty("margin", out var m) && m.ValueKind != JsonValueKind.Null).ToList();
        Assert.All(margins, shown => Assert.Equal(seesCosts, shown));
        Assert.Equal(seesCosts, builder.QuerySelectorAll("dt").Any(dt => dt.TextContent.Trim() == "Margin"));
    }

    [Fact]
    public async Task AnExportWithoutCostsImportsBackWithoutLosingThem()
    {
        var presalesCsv = await (await app.SignInAsync("presales@demo.local")).GetStringAsync("/catalogue/export.csv");
        var product = await app.SignInAsync("product@demo.local");

        var apply = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import/apply", new Dictionary<string, string> { ["json"] = presalesCsv.TrimStart('\uFEFF'), ["format"] = "csv" });
        var item = await (await app.ApiClientAsync("product@demo.local")).GetStringAsync($"/api/v1/catalogue/items/{Item}");

        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        Assert.Contains("\"unitCost\": 1400", item);
    }

    private async Task<int> ProposalAsync()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Costly Dairy GmbH", allowSimilar = true })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = "Cold store",
            currency = "EUR",
            painPoints = new[] { new { title = "Phantom stock", category = "STOCK-ERRORS", severity = 5, annualImpact = 240000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiClientAsync("presales@demo.local");
        var created = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals", new { title = "Cold store", language = "en", termMonths = 36, recommend = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
