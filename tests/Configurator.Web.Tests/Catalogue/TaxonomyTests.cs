using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

public sealed class TaxonomyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Page = "/catalogue/categories";

    [Fact]
    public async Task EveryoneReadsTheTaxonomyWithUsage()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var html = await rep.GetPageAsync(Page);

        Assert.Contains("Unplanned downtime", html);
        Assert.Contains("href=\"/catalogue?category=DOWNTIME\"", html);
        Assert.DoesNotContain("Add a category", html);
    }

    [Fact]
    public async Task AddsRenamesAndDeletesAnUnusedCategory()
    {
        var product = await app.SignInAsync("product@demo.local");

        var added = await product.SubmitFormAsync(Page, Page, new Dictionary<string, string> { ["Code"] = "ENERGY", ["Name"] = "Energy costs", ["Description"] = "Power bills" });
        var renamed = await product.SubmitFormAsync(Page, $"{Page}/ENERGY", new Dictionary<string, string> { ["Name"] = "Rising energy costs", ["Description"] = "Power bills climb" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Rising energy costs", await product.GetPageAsync(Page));

        var deleted = await product.SubmitFormAsync(Page, $"{Page}/ENERGY/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Rising energy costs", await product.GetPageAsync(Page));
    }

    [Fact]
    public async Task BadInputIsExplainedAndNothingIsAdded()
    {
        var product = await app.SignInAsync("product@demo.local");

        var empty = await product.SubmitFormAsync(Page, Page, new Dictionary<string, string> { ["Code"] = "has space", ["Name"] = "" });
        var duplicate = await product.SubmitFormAsync(Page, Page, new Dictionary<string, string> { ["Code"] = "DOWNTIME", ["Name"] = "Again" });

        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("is not a valid code", emptyHtml);
        Assert.Contains("Give a name.", emptyHtml);
        Assert.Contains("The category DOWNTIME already exists.", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefusesToDeleteACategoryInUseAndSaysWhere()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync(Page, $"{Page}/RETURNS/delete", []);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is still used by INN-RETURNS-GRADE, STD-RETURNS", html);
        Assert.Contains("Costly returns handling", await product.GetPageAsync(Page));
    }

    [Fact]
    public async Task MergingMovesEveryReferenceAndKeepsHistory()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync(Page, $"{Page}/CARRIER-COSTS/merge", new Dictionary<string, string> { ["into"] = "SLOW-FULFIL" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("2 items now point at", Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
        var api = await app.ApiClientAsync("product@demo.local");
        var tms = await api.GetFromJsonAsync<JsonElement>("/api/v1/catalogue/items/STD-TMS");
        var addresses = tms.GetProperty("addresses").EnumerateArray().Select(a => (a.GetProperty("category").GetString(), a.GetProperty("strength").GetInt32())).ToList();
        Assert.Equal([("SLOW-FULFIL", 3)], addresses);
        Assert.Contains("Category CARRIER-COSTS merged into SLOW-FULFIL", await product.GetPageAsync("/catalogue/items/STD-TMS"));
        Assert.DoesNotContain("High freight costs", await product.GetPageAsync(Page));
    }

    [Fact]
    public async Task OnlyProductManagersChangeTheTaxonomy()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var response = await rep.SubmitFormAsync(Page, Page, new Dictionary<string, string> { ["Code"] = "X", ["Name"] = "X" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
