using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

public sealed class ItemEditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> NewItem(string code) => new()
    {
        ["Code"] = code,
        ["Name"] = "Remote Diagnostics",
        ["Kind"] = "innovation",
        ["Status"] = "active",
        ["Summary"] = "Sensors report faults before they stop the line.",
        ["Model"] = "annual",
        ["Unit"] = "site",
        ["MaxDiscountPercent"] = "10",
        ["MinQuantity"] = "1",
        ["MaxQuantity"] = "10",
        ["DefaultQuantity"] = "1",
        ["Prices[0].Currency"] = "EUR",
        ["Prices[0].ListPrice"] = "5000",
        ["Prices[0].UnitCost"] = "2000",
        ["Prices[1].Currency"] = "",
        ["Strengths[DOWNTIME]"] = "3",
        ["Strengths[ADOPTION]"] = "0",
        ["Requires"] = "STD-WMS-CORE",
        ["Differentiators"] = "Built for the client's own machines\nNo extra hardware",
        ["ProposalText"] = "{{ client.name }} hears about faults first.",
        ["Version"] = "0",
    };

    [Fact]
    public async Task ProductManagerCreatesAnItemWithRulesAndText()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", NewItem("INN-REMOTE-DIAG"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await product.GetPageAsync("/catalogue/items/INN-REMOTE-DIAG");
        Assert.Contains("Remote Diagnostics", page);
        Assert.Contains("Nordby Foods hears about faults first.", page);
        Assert.Contains("href=\"/catalogue/items/STD-WMS-CORE\"", page);
        Assert.Contains("No extra hardware", page);
        Assert.Contains("<strong>Created</strong> by Morgan Product", page);
        Assert.Contains("href=\"/catalogue/items/INN-REMOTE-DIAG\"", await product.GetPageAsync("/catalogue/items/STD-WMS-CORE"));
    }

    [Fact]
    public async Task InvalidInputIsShownNextToEachFieldAndNothingIsSaved()
    {
        var product = await app.SignInAsync("product@demo.local");
        var form = NewItem("INN-BROKEN");
        form["Name"] = "";
        form["MaxDiscountPercent"] = "ten";
        form["MinQuantity"] = "5";
        form["DefaultQuantity"] = "2";
        form["Prices[1].Currency"] = "EURO";
        form["Prices[1].ListPrice"] = "10";
        form["Excludes"] = "STD-WMS-CORE";
        form["ProposalText"] = "Hello {{ if }}";

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was saved.", html);
        Assert.Contains("Give a name.", html);
        Assert.Contains("&#x27;ten&#x27; is not a number", html);
        Assert.Contains("min ≤ default ≤ max", html);
        Assert.Contains("&#x27;EURO&#x27; is not an ISO 4217 currency code", html);
        Assert.Contains("both requires and excludes STD-WMS-CORE", html);
        Assert.Contains("The proposal text has an error at line 1", html);
        Assert.Equal(HttpStatusCode.NotFound, (await product.GetAsync("/catalogue/items/INN-BROKEN")).StatusCode);
    }

    [Fact]
    public async Task ACodeInUseIsRefused()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", NewItem("STD-WMS-CORE"));

        Assert.Contains("An item with the code STD-WMS-CORE already exists", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheHistoryShowsUnitCostsOnlyToWhoMaySeeThemInTheReadersLanguage()
    {
        var product = await app.SignInAsync("product@demo.local");
        await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", NewItem("INN-COST-HIST"));
        var form = NewItem("INN-COST-HIST");
        form["Version"] = "1";
        form["Prices[0].UnitCost"] = "2100";
        form["MaxQuantity"] = "12";
        await product.SubmitFormAsync("/catalogue/items/INN-COST-HIST/edit", "/catalogue/items/INN-COST-HIST/edit", form);
        var chineseProduct = await app.SignInAsync("product@demo.local");
        chineseProduct.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var rep = Html.Parse(await (await app.SignInAsync("rep@demo.local")).GetPageAsync("/catalogue/items/INN-COST-HIST")).One(".history").TextContent;
        var presales = Html.Parse(await (await app.SignInAsync("presales@demo.local")).GetPageAsync("/catalogue/items/INN-COST-HIST")).One(".history").TextContent;
        var manager = Html.Parse(await product.GetPageAsync("/catalogue/items/INN-COST-HIST")).One(".history").TextContent;
        var chinese = Html.Parse(await chineseProduct.GetPageAsync("/catalogue/items/INN-COST-HIST")).One(".history").TextContent;

        Assert.Contains("EUR 5000.00 (cost 2000.00)", manager);
        Assert.Contains("EUR 5000.00 (cost 2100.00)", manager);
        Assert.Contains("1–10, default 1", manager);
        foreach (var history in new[] { rep, presales })
        {
            Assert.DoesNotContain("cost", history);
            Assert.DoesNotContain("2000", history);
            Assert.DoesNotContain("2100", history);
            Assert.Contains("EUR 5000.00", history); // the price as created
            Assert.Contains("1–12, default 1", history);
        }
        Assert.Contains("EUR 5000.00（成本 2100.00）", chinese.Replace(" （", "（", StringComparison.Ordinal));
        Assert.Contains("1–12，默认 1", chinese);
        Assert.DoesNotContain("default", chinese);
    }

    [Fact]
    public async Task EditingRecordsWhatChangedInTheHistory()
    {
        var product = await app.SignInAsync("product@demo.local");
        await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", NewItem("INN-EDIT-ME"));
        var form = NewItem("INN-EDIT-ME");
        form["Version"] = "1";
        form["Status"] = "retired";
        form["Prices[0].ListPrice"] = "5500";

        var response = await product.SubmitFormAsync("/catalogue/items/INN-EDIT-ME/edit", "/catalogue/items/INN-EDIT-ME/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await product.GetPageAsync("/catalogue/items/INN-EDIT-ME");
        Assert.Contains("<strong>Edited</strong>", page);
        Assert.Contains("<del>EUR 5000.00 (cost 2000.00)</del>", page);
        Assert.Contains("<ins>EUR 5500.00 (cost 2000.00)</ins>", page);
        Assert.Contains("Retired: stays readable", page);
    }

    [Fact]
    public async Task AChangeOfPriceAloneReachesTheCatalogueEveryoneReads()
    {
        var product = await app.SignInAsync("product@demo.local");
        await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", NewItem("INN-PRICE-ONLY"));
        Assert.Contains("5,000.00", await product.GetPageAsync("/catalogue/items/INN-PRICE-ONLY"));
        var form = NewItem("INN-PRICE-ONLY");
        form["Version"] = "1";
        form["Prices[0].ListPrice"] = "6100";

        var response = await product.SubmitFormAsync("/catalogue/items/INN-PRICE-ONLY/edit", "/catalogue/items/INN-PRICE-ONLY/edit", form);
        var rep = await app.ApiClientAsync("rep@demo.local");
        var item = await rep.GetStringAsync("/api/v1/catalogue/items/INN-PRICE-ONLY");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("6100", item);
        Assert.DoesNotContain("5000", item);
    }

    [Fact]
    public async Task AStaleVersionIsRefusedAndChangesNothing()
    {
        var product = await app.SignInAsync("product@demo.local");
        var form = NewItem("INN-ERP-BRIDGE");
        form["Version"] = "0";
        form["Name"] = "Overwritten";

        var response = await product.SubmitFormAsync("/catalogue/items/INN-ERP-BRIDGE/edit", "/catalogue/items/INN-ERP-BRIDGE/edit", form);

        Assert.Contains("Someone else saved this item", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Overwritten", await product.GetPageAsync("/catalogue/items/INN-ERP-BRIDGE"));
    }

    [Fact]
    public async Task PreviewRendersOrPointsAtTheError()
    {
        var product = await app.SignInAsync("product@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await product.GetPageAsync("/catalogue/items/new"));

        async Task<string> Preview(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/catalogue/preview")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ProposalText"] = text }),
            };
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("RequestVerificationToken", token);
            return await (await product.SendAsync(request)).Content.ReadAsStringAsync();
        }

        Assert.Contains("For Nordby Foods in Nordics", await Preview("For {{ client.name }} in {{ client.region }}"));
        Assert.Contains("Line 2, column", await Preview("fine\n{{ for x in }}"));
        Assert.Contains("&lt;b&gt;", await Preview("<b>{{ client.name }}</b>"));
    }

    [Fact]
    public async Task OtherRolesCannotOpenTheEditor()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/catalogue/items/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/catalogue/items/STD-WMS-CORE/edit")).StatusCode);
    }
}
