using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

public sealed class CatalogueApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string NewItem(string code, string category = "DOWNTIME", string currency = "EUR") => $$$"""
        {"categories": [], "items": [{
          "code": "{{{code}}}", "kind": "innovation", "name": "Remote Diagnostics", "summary": "Sensors report faults before they stop the line.",
          "proposalText": "{{ client.name }} hears about faults first.", "status": "active",
          "pricing": {"model": "annual", "unit": "site", "maxDiscountPercent": 10, "prices": [{"currency": "{{{currency}}}", "listPrice": 5000.00, "unitCost": 2000}]},
          "quantity": {"min": 1, "max": 10, "default": 1},
          "addresses": [{"category": "{{{category}}}", "strength": 3}],
          "requires": ["STD-WMS-CORE"], "excludes": [], "differentiators": ["Built for the client's own machines"]}]}
        """;

    [Fact]
    public async Task EveryoneReadsTheWholeCatalogue()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");

        var catalogue = await rep.GetFromJsonAsync<JsonElement>("/api/v1/catalogue");

        Assert.Equal(33, catalogue.GetProperty("items").GetArrayLength());
        Assert.Equal(11, catalogue.GetProperty("categories").GetArrayLength());
        var core = catalogue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "STD-WMS-CORE");
        Assert.Equal("standard", core.GetProperty("kind").GetString());
        Assert.Equal("monthly", core.GetProperty("pricing").GetProperty("model").GetString());
        Assert.Equal(120.00m, core.GetProperty("pricing").GetProperty("prices")[0].GetProperty("listPrice").GetDecimal());
        Assert.Equal(["STD-WMS-LITE"], core.GetProperty("excludes").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task OneItemByCode()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");

        var item = await rep.GetFromJsonAsync<JsonElement>("/api/v1/catalogue/items/INN-ERP-BRIDGE");
        var missing = await rep.GetAsync("/api/v1/catalogue/items/NOPE");

        Assert.Equal(["STD-WMS-CORE"], item.GetProperty("requires").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ExportThenImportIsANoOp()
    {
        var product = await app.ApiClientAsync("product@demo.local");
        var exported = await product.GetStringAsync("/api/v1/catalogue");

        var response = await product.PostAsync("/api/v1/catalogue/import", Json(exported));
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, summary.GetProperty("created").GetInt32());
        Assert.Equal(0, summary.GetProperty("updated").GetInt32());
        Assert.Equal(44, summary.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task ProductManagerImportsANewItem()
    {
        var product = await app.ApiClientAsync("product@demo.local");

        var dryRun = await product.PostAsync("/api/v1/catalogue/import?dryRun=true", Json(NewItem("INN-REMOTE-DIAG")));
        var afterDryRun = await product.GetAsync("/api/v1/catalogue/items/INN-REMOTE-DIAG");
        var import = await product.PostAsync("/api/v1/catalogue/import", Json(NewItem("INN-REMOTE-DIAG")));

        Assert.Equal(1, (await dryRun.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, afterDryRun.StatusCode);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var item = await product.GetFromJsonAsync<JsonElement>("/api/v1/catalogue/items/INN-REMOTE-DIAG");
        Assert.Equal("Remote Diagnostics", item.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ABrokenFileImportsNothingAndNamesEveryError()
    {
        var product = await app.ApiClientAsync("product@demo.local");
        var before = await product.GetStringAsync("/api/v1/catalogue");
        var file = JsonNode.Parse(NewItem("INN-GOOD"))!;
        var broken = JsonNode.Parse(NewItem("INN-BROKEN", category: "NO-SUCH", currency: "EURO"))!["items"]![0]!.DeepClone();
        broken["quantity"] = JsonNode.Parse("""{"min": 5, "max": 2, "default": 3}""");
        file["items"]!.AsArray().Add(broken);

        var response = await product.PostAsync("/api/v1/catalogue/import", Json(file.ToJsonString()));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("items[1].addresses[0].category", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("items[1].pricing.prices[0].currency", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("items[1].quantity.default", out _), errors.ToString());
        Assert.Equal(before, await product.GetStringAsync("/api/v1/catalogue"));
    }

    [Theory]
    [InlineData("{\"items\": [", "items[0]")]
    [InlineData("", "body")]
    [InlineData("{\"items\": [{\"code\": \"X\", \"pricing\": {\"maxDiscountPercent\": \"ten\"}}]}", "items[0].pricing.maxDiscountPercent")]
    public async Task MalformedJsonGets400WithThePath(string json, string path)
    {
        var product = await app.ApiClientAsync("product@demo.local");

        var response = await product.PostAsync("/api/v1/catalogue/import", Json(json));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty(path, out _), errors.ToString());
    }

    [Fact]
    public async Task AnonymousCallersCannotRead()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/catalogue");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OtherRolesMayNotImport()
    {
        var presales = await app.ApiClientAsync("presales@demo.local");

        var response = await presales.PostAsync("/api/v1/catalogue/import", Json(NewItem("INN-SNEAKY")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnOversizedFileGets413()
    {
        var product = await app.ApiClientAsync("product@demo.local");
        var huge = "{\"items\": [], \"pad\": \"" + new string('x', 6 * 1024 * 1024) + "\"}";

        var response = await product.PostAsync("/api/v1/catalogue/import", Json(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
