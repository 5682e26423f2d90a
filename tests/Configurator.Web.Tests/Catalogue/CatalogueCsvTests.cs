using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

public sealed class CatalogueCsvTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Body(string csv) => csv.TrimStart('\uFEFF');

    [Fact]
    public async Task ExportsOneRowPerItemAndCurrencyWithRulesAsCodeLists()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var response = await rep.GetAsync("/catalogue/export.csv");
        var lines = Body(await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("code,kind,name,status,model,unit,maxDiscountPercent", lines[0]);
        Assert.Equal(3, lines.Count(l => l.StartsWith("STD-WMS-CORE,", StringComparison.Ordinal)));
        var bridge = lines.First(l => l.StartsWith("INN-ERP-BRIDGE,", StringComparison.Ordinal));
        Assert.Contains("INTEGRATION-GAPS:3 MANUAL-REPORTING:1", bridge);
        Assert.Contains(",STD-WMS-CORE,", bridge);
    }

    [Fact]
    public async Task ExportThenImportChangesNothing()
    {
        var product = await app.SignInAsync("product@demo.local");
        var csv = Body(await product.GetStringAsync("/catalogue/export.csv"));

        var response = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = csv });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("0 to create, 0 to update, 33 unchanged", html);
    }

    [Fact]
    public async Task APriceChangedInTheSpreadsheetIsImported()
    {
        var product = await app.SignInAsync("product@demo.local");
        var csv = Body(await product.GetStringAsync("/catalogue/export.csv"));
        var lines = csv.Split('\n').ToList();
        var row = lines.FindIndex(l => l.StartsWith("SVC-CARE-247,", StringComparison.Ordinal));
        lines[row] = lines[row].Replace(",EUR,2500,1400,", ",EUR,2650,1400,", StringComparison.Ordinal);
        var edited = string.Join('\n', lines);

        var dryRun = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = edited });
        Assert.Contains("0 to create, 1 to update", await dryRun.Content.ReadAsStringAsync());
        var apply = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import/apply", new Dictionary<string, string> { ["json"] = edited, ["format"] = "csv" });

        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        var page = await product.GetPageAsync("/catalogue/items/SVC-CARE-247");
        Assert.Contains("2,650.00", page);
        Assert.Contains("<strong>Updated by import</strong> by Morgan Product", page);
        Assert.Contains("<del>EUR 2500.00 (cost 1400.00)</del>", page);
    }

    [Fact]
    public async Task ProblemsPointAtRowsAndColumns()
    {
        var product = await app.SignInAsync("product@demo.local");
        const string csv = """
            code,kind,name,status,model,unit,maxDiscountPercent,minQuantity,maxQuantity,defaultQuantity,currency,listPrice,unitCost,addresses,requires,excludes,differentiators,summary,proposalText
            INN-X,innovation,X,active,annual,site,10,1,5,1,EUR,abc,,DOWNTIME:3,,,,,
            INN-X,innovation,X renamed,active,annual,site,10,1,5,1,USD,100,,DOWNTIME:3,,,,,
            INN-Y,innovation,Y,active,annual,site,10,1,5,1,EURO,100,,DOWNTIME:9,NOPE,,,,
            """;

        var response = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = csv });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("row 2, listPrice", html);
        Assert.Contains("row 3, name", html);
        Assert.Contains("nothing was imported", html);
    }

    [Fact]
    public async Task RuleProblemsAreLocatedToo()
    {
        var product = await app.SignInAsync("product@demo.local");
        const string csv = """
            code,kind,name,status,model,unit,maxDiscountPercent,minQuantity,maxQuantity,defaultQuantity,currency,listPrice,unitCost,addresses,requires,excludes,differentiators,summary,proposalText
            INN-Y,innovation,Y,active,annual,site,10,1,5,1,EURO,100,,DOWNTIME:9,NOPE,,,,
            """;

        var html = await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = csv })).Content.ReadAsStringAsync();

        Assert.Contains("row 2, currency", html);
        Assert.Contains("row 2, addresses", html);
        Assert.Contains("row 2, requires", html);
    }

    [Fact]
    public async Task AFileWithoutTheHeaderSaysSo()
    {
        var product = await app.SignInAsync("product@demo.local");

        var html = await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = "a,b\n1,2" })).Content.ReadAsStringAsync();

        Assert.Contains("The header row lacks code, name, currency, listPrice", html);
    }
}
