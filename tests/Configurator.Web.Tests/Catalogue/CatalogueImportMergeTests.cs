using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

/// <summary>An import changes only what the file says: empty CSV cells and absent JSON properties keep the item's values.</summary>
public sealed class CatalogueImportMergeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Header = "code,kind,name,status,model,unit,maxDiscountPercent,minQuantity,maxQuantity,defaultQuantity,currency,listPrice,unitCost,addresses,requires,excludes,differentiators,summary,proposalText";

    private static Dictionary<string, string> Csv(params string[] rows) => new() { ["json"] = string.Join('\n', [Header, .. rows]) };

    private static Dictionary<string, string> Apply(params string[] rows) => new(Csv(rows)) { ["format"] = "csv" };

    private static async Task<JsonElement> ItemAsync(HttpClient api, string code) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/catalogue/items/{code}");

    private static string[] Strings(JsonElement item, string property) =>
        item.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];

    [Fact]
    public async Task ACsvWithEmptyCellsKeepsRulesPricesAndTexts()
    {
        var product = await app.SignInAsync("product@demo.local");
        var api = await app.ApiClientAsync("product@demo.local");
        var before = await ItemAsync(api, "INN-ERP-BRIDGE");

        var dryRun = Html.Parse(await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", Csv("INN-ERP-BRIDGE,,ERP bridge for every ERP,,,,,,,,,,,,,,,,"))).Content.ReadAsStringAsync());
        var apply = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import/apply", Apply("INN-ERP-BRIDGE,,ERP bridge for every ERP,,,,,,,,,,,,,,,,"));
        var after = await ItemAsync(api, "INN-ERP-BRIDGE");

        Assert.Contains("0 to create, 1 to update", dryRun.One("#plan-heading").TextContent);
        var change = dryRun.One(".import-change[data-code='INN-ERP-BRIDGE']");
        Assert.Equal(["Name"], change.QuerySelectorAll(".history__field").Select(f => f.TextContent));
        Assert.Equal(before.GetProperty("name").GetString(), change.One("del").TextContent);
        Assert.Equal("ERP bridge for every ERP", change.One("ins").TextContent);
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        Assert.Equal("ERP bridge for every ERP", after.GetProperty("name").GetString());
        Assert.Equal(["STD-WMS-CORE"], Strings(after, "requires"));
        Assert.Equal(before.GetProperty("pricing").GetRawText(), after.GetProperty("pricing").GetRawText());
        Assert.Equal(before.GetProperty("addresses").GetRawText(), after.GetProperty("addresses").GetRawText());
        Assert.Equal(before.GetProperty("summary").GetString(), after.GetProperty("summary").GetString());
        Assert.Equal(before.GetProperty("proposalText").GetString(), after.GetProperty("proposalText").GetString());
        Assert.Equal(Strings(before, "differentiators"), Strings(after, "differentiators"));
    }

    [Fact]
    public async Task ADashClearsAValueAndAListPriceDashRemovesThatCurrency()
    {
        var product = await app.SignInAsync("product@demo.local");
        var api = await app.ApiClientAsync("product@demo.local");
        var before = await ItemAsync(api, "INN-VISION-COUNT");
        var eur = before.GetProperty("pricing").GetProperty("prices").EnumerateArray().Single(p => p.GetProperty("currency").GetString() == "EUR");
        string[] rows = ["INN-VISION-COUNT,,,,,,,,,,EUR,,-,,-,,-,-,", "INN-VISION-COUNT,,,,,,,,,,CNY,-,,,,,,,"];

        var dryRun = Html.Parse(await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", Csv(rows))).Content.ReadAsStringAsync());
        await product.SubmitFormAsync("/catalogue/import", "/catalogue/import/apply", Apply(rows));
        var after = await ItemAsync(api, "INN-VISION-COUNT");

        var fields = dryRun.One(".import-change[data-code='INN-VISION-COUNT']").QuerySelectorAll(".history__field").Select(f => f.TextContent).ToList();
        Assert.Equal(["Summary", "Prices", "Requires", "Differentiators"], fields);
        Assert.Empty(Strings(after, "requires"));
        Assert.Empty(Strings(after, "differentiators"));
        Assert.Equal("", after.GetProperty("summary").GetString());
        var price = Assert.Single(after.GetProperty("pricing").GetProperty("prices").EnumerateArray());
        Assert.Equal("EUR", price.GetProperty("currency").GetString());
        Assert.Equal(eur.GetProperty("listPrice").GetDecimal(), price.GetProperty("listPrice").GetDecimal());
        Assert.False(price.TryGetProperty("unitCost", out _));
        Assert.Equal(before.GetProperty("addresses").GetRawText(), after.GetProperty("addresses").GetRawText());
        Assert.Equal(before.GetProperty("proposalText").GetString(), after.GetProperty("proposalText").GetString());
    }

    [Fact]
    public async Task BadCellsAreNamedByRowAndColumnAndNothingIsImported()
    {
        var product = await app.SignInAsync("product@demo.local");

        var html = Html.Parse(await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import",
            Csv("SVC-ACADEMY,,-,,,,ten,,,,EUR,12x,,,,,,,", "SVC-ACADEMY,,,,,,,,,,USD,,-5,,,,,,"))).Content.ReadAsStringAsync());

        var where = html.QuerySelectorAll("#import-issues td[data-label='Where']").Select(td => td.TextContent).ToList();
        Assert.Contains("row 2, name", where);
        Assert.Contains("row 2, maxDiscountPercent", where);
        Assert.Contains("row 2, listPrice", where);
        Assert.Contains("nothing was imported", html.One("#issues-heading").TextContent);
        Assert.Contains("cannot be emptied", html.One("#import-issues").TextContent);
        Assert.Null(html.QuerySelector("#import-plan"));
        Assert.Contains("Academy", (await ItemAsync(await app.ApiClientAsync("rep@demo.local"), "SVC-ACADEMY")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheImportPageExplainsTheConvention()
    {
        var product = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await product.GetPageAsync("/catalogue/import"));

        Assert.Contains("empty CSV cell leaves the value as it is", page.One("#import-convention").TextContent);
        Assert.Contains("null empties it", page.One("#import-convention").TextContent);
    }

    [Fact]
    public async Task JsonLeavesAbsentPropertiesAloneAndNullOrAnEmptyListClears()
    {
        var api = await app.ApiClientAsync("product@demo.local");
        var before = await ItemAsync(api, "STD-LABOUR");
        var eurCost = before.GetProperty("pricing").GetProperty("prices").EnumerateArray().Single(p => p.GetProperty("currency").GetString() == "EUR").GetProperty("unitCost").GetDecimal();
        const string body = """{"items": [{"code": "STD-LABOUR", "name": "Labour planning", "summary": null, "requires": [], "pricing": {"prices": [{"currency": "EUR", "listPrice": 999}]}}]}""";

        var dryRun = await (await api.PostAsync("/api/v1/catalogue/import?dryRun=true", new StringContent(body, Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<JsonElement>();
        var import = await api.PostAsync("/api/v1/catalogue/import", new StringContent(body, Encoding.UTF8, "application/json"));
        var after = await ItemAsync(api, "STD-LABOUR");

        var item = Assert.Single(dryRun.GetProperty("items").EnumerateArray());
        Assert.Equal("update", item.GetProperty("action").GetString());
        var changes = item.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => (Before: c.GetProperty("before").GetString(), After: c.GetProperty("after").GetString()));
        Assert.Equal(("STD-WMS-CORE", ""), changes["Requires"]);
        Assert.Equal("", changes["Summary"].After);
        Assert.Contains("CNY", changes["Prices"].Before);
        Assert.Equal($"EUR 999.00 (cost {eurCost.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture)})", changes["Prices"].After);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Empty(Strings(after, "requires"));
        Assert.Equal(before.GetProperty("proposalText").GetString(), after.GetProperty("proposalText").GetString());
        Assert.Equal(before.GetProperty("addresses").GetRawText(), after.GetProperty("addresses").GetRawText());
        Assert.Equal(before.GetProperty("pricing").GetProperty("unit").GetString(), after.GetProperty("pricing").GetProperty("unit").GetString());
        Assert.Equal(eurCost, after.GetProperty("pricing").GetProperty("prices")[0].GetProperty("unitCost").GetDecimal());
    }

    [Fact]
    public async Task JsonCannotEmptyWhatEveryItemNeeds()
    {
        var api = await app.ApiClientAsync("product@demo.local");

        var response = await api.PostAsync("/api/v1/catalogue/import", new StringContent("""{"items": [{"code": "SVC-SUCCESS", "name": null, "pricing": {"unit": null}}]}""", Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("items[0].name", out _));
        Assert.NotEqual("", (await ItemAsync(api, "SVC-SUCCESS")).GetProperty("name").GetString());
    }
}
