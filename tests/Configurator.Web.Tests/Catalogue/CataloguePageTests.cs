using System.Net;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

public sealed class CataloguePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static HttpRequestMessage Htmx(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        return request;
    }

    [Fact]
    public async Task EveryRoleReadsTheList()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var html = await rep.GetPageAsync("/catalogue");

        Assert.Contains("33 items", html);
        Assert.Contains("STD-WMS-CORE", html);
        Assert.DoesNotContain("href=\"/catalogue/import\"", html);
    }

    [Fact]
    public async Task FiltersAnswerHtmxWithTheResultsAlone()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var response = await rep.SendAsync(Htmx("/catalogue?kind=innovation&status=active&category=INTEGRATION-GAPS"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("HX-Request", response.Headers.Vary);
        Assert.StartsWith("<div id=\"catalogue-results\"", html.Trim());
        Assert.Contains("INN-ERP-BRIDGE", html);
        Assert.DoesNotContain("INN-FILE-LINK", html);
        Assert.DoesNotContain("STD-EDI", html);
        Assert.Contains("1 item", html);
    }

    [Fact]
    public async Task SearchesByCodeOrNameAndShowsPricesInTheChosenCurrency()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var byName = await rep.GetPageAsync("/catalogue?q=warehouse");
        var inCny = await rep.GetPageAsync("/catalogue?q=STD-WMS-CORE&currency=CNY");
        var unpriced = await rep.GetPageAsync("/catalogue?q=STD-INSIGHT&currency=CNY");

        Assert.Contains("STD-WMS-LITE", byName);
        Assert.DoesNotContain("SVC-CARE-247", byName);
        Assert.Contains("900.00", inCny);
        Assert.Contains("Not priced in CNY", unpriced);
    }

    [Fact]
    public async Task SortsAndPages()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var first = await rep.GetPageAsync("/catalogue?sort=price&dir=desc&currency=EUR");
        var second = await rep.GetPageAsync("/catalogue?sort=code&page=2");

        var highest = first.IndexOf("SVC-ONBOARD-PLUS", StringComparison.Ordinal);
        Assert.InRange(highest, 0, first.IndexOf("INN-VISION-COUNT", StringComparison.Ordinal));
        Assert.Contains("SVC-SUCCESS", second);
        Assert.DoesNotContain("INN-AUDIT-PACK", second);
    }

    [Fact]
    public async Task BadFilterValuesAreIgnoredNotFatal()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var html = await rep.GetPageAsync("/catalogue?kind=<script>&status=nope&currency=XXX&page=999&sort=drop");

        Assert.Matches("[0-9]+ items", html);
        Assert.Contains("aria-current=\"page\">2</a>", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task ItemPageShowsRulesBothWaysAndTheRenderedText()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var html = await rep.GetPageAsync("/catalogue/items/STD-WMS-CORE");

        Assert.Contains("Warehouse Core", html);
        Assert.Contains("Required by", html);
        Assert.Contains("href=\"/catalogue/items/INN-ERP-BRIDGE\"", html);
        Assert.Contains("Warehouse Core gives Nordby Foods one live view", html);
        Assert.Contains("Created by import", html);
        Assert.DoesNotContain("Unit cost", html);
    }

    [Fact]
    public async Task CostsAreShownToProductManagersAndApprovers()
    {
        var approver = await app.SignInAsync("approver@demo.local");

        Assert.Contains("Unit cost", await approver.GetPageAsync("/catalogue/items/STD-WMS-CORE"));
    }

    [Fact]
    public async Task UnknownItemIsNotFound()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync("/catalogue/items/NOPE")).StatusCode);
    }

    [Fact]
    public async Task ExportDownloadsTheImportFormat()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var response = await rep.GetAsync("/catalogue/export.json");
        var file = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(33, file.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task OnlyProductManagersImport()
    {
        var presales = await app.SignInAsync("presales@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await presales.GetAsync("/catalogue/import")).StatusCode);
    }

    [Fact]
    public async Task ImportShowsEveryErrorThenADryRunThenApplies()
    {
        var product = await app.SignInAsync("product@demo.local");
        const string broken = """
            {"items": [
              {"code": "INN-NEW", "kind": "innovation", "name": "New thing", "status": "active",
               "pricing": {"model": "one-time", "unit": "package", "maxDiscountPercent": 10, "prices": [{"currency": "EUR", "listPrice": 100}]},
               "addresses": [{"category": "DOWNTIME", "strength": 2}]},
              {"code": "INN-BAD", "kind": "gizmo", "name": "", "status": "active",
               "pricing": {"model": "one-time", "unit": "package", "maxDiscountPercent": 10, "prices": [{"currency": "EUR", "listPrice": 100}]},
               "requires": ["NOPE"]}
            ]}
            """;

        var check = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = broken });
        var checkHtml = await check.Content.ReadAsStringAsync();
        Assert.Contains("3 problems to fix", checkHtml);
        Assert.Contains("items[1].kind", checkHtml);
        Assert.Contains("items[1].name", checkHtml);
        Assert.Contains("items[1].requires[0]", checkHtml);

        var fixedFile = broken.Replace("\"gizmo\"", "\"innovation\"").Replace("\"name\": \"\"", "\"name\": \"Fixed\"").Replace("\"NOPE\"", "\"STD-WMS-CORE\"");
        var dryRun = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = fixedFile });
        var dryRunHtml = await dryRun.Content.ReadAsStringAsync();
        Assert.Contains("2 to create, 0 to update", dryRunHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await product.GetAsync("/catalogue/items/INN-NEW")).StatusCode);

        var apply = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import/apply", new Dictionary<string, string> { ["json"] = fixedFile });
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        Assert.Contains("Imported: 2 created", Uri.UnescapeDataString(apply.Headers.Location!.OriginalString).Replace('+', ' '));
        Assert.Contains("Fixed", await product.GetPageAsync("/catalogue/items/INN-BAD"));
    }

    [Fact]
    public async Task ApplyingATamperedFileChangesNothing()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import/apply",
            new Dictionary<string, string> { ["json"] = """{"items": [{"code": "X-1", "kind": "nope"}]}""" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nothing was imported", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await product.GetAsync("/catalogue/items/X-1")).StatusCode);
    }

    [Fact]
    public async Task AnEmptyImportFormSaysWhatToDo()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", []);

        Assert.Contains("Choose a catalogue file", await response.Content.ReadAsStringAsync());
    }
}
