using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Domain.Catalogue;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Catalogue;

/// <summary>What a product manager reads and types on the item pages: placeholders, strengths and missing prices.</summary>
public sealed class ItemEditorWordsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> NewItem(string code, string text) => new()
    {
        ["Code"] = code,
        ["Name"] = "Typo check",
        ["Kind"] = "service",
        ["Status"] = "active",
        ["Summary"] = "",
        ["Model"] = "one-time",
        ["Unit"] = "package",
        ["MaxDiscountPercent"] = "10",
        ["MinQuantity"] = "1",
        ["MaxQuantity"] = "1",
        ["DefaultQuantity"] = "1",
        ["Prices[0].Currency"] = "EUR",
        ["Prices[0].ListPrice"] = "1000",
        ["ProposalText"] = text,
        ["Version"] = "0",
    };

    private async Task<string> PreviewAsync(HttpClient product, string text)
    {
        var token = BrowserExtensions.AntiforgeryToken(await product.GetPageAsync("/catalogue/items/new"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/catalogue/preview")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ProposalText"] = text }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return (await (await product.SendAsync(request)).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Dear {{ client.nme }}", "Line 1, column", "{{ client.nme }} is not a placeholder")]
    [InlineData("Hello\n{{ if false }}{{ opportunity.nam }}{{ end }}", "Line 2, column", "{{ opportunity.nam }} is not a placeholder")]
    [InlineData("For {{ clinet.name }}", "Line 1, column", "clinet")]
    [InlineData("{{ shout client.name }}", "Line 1, column", "shout")]
    public async Task AnUnknownPlaceholderIsAnErrorInThePreviewNotABlank(string text, string where, string what)
    {
        var product = await app.SignInAsync("product@demo.local");

        var preview = Html.Parse(await PreviewAsync(product, text));

        var error = preview.One("#text-preview .alert--error").TextContent;
        Assert.Contains(where, error);
        Assert.Contains(what, error);
        Assert.Null(preview.QuerySelector(".snippet-preview"));
    }

    [Fact]
    public async Task SavingATextWithATypoIsRefusedNextToTheField()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", NewItem("SVC-TYPO", "Dear {{ client.nme }}"));
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was saved.", page.One(".alert--error").TextContent);
        Assert.Contains("{{ client.nme }} is not a placeholder", page.One("#ProposalText ~ .field__error").TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await product.GetAsync("/catalogue/items/SVC-TYPO")).StatusCode);
    }

    [Fact]
    public async Task ImportingATextWithATypoIsRefusedWithItsPath()
    {
        var api = await app.ApiClientAsync("product@demo.local");

        var response = await api.PostAsync("/api/v1/catalogue/import", new StringContent(
            """{"items": [{"code": "SVC-SUCCESS", "proposalText": "{{ client.name }} and {{ opportunity.budget }}"}]}""", Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = problem.GetProperty("errors").GetProperty("items[0].proposalText")[0].GetString();
        Assert.Contains("line 1, column", message);
        Assert.Contains("{{ opportunity.budget }} is not a placeholder", message);
    }

    [Fact]
    public async Task TheEditorCallsItAProposalTextWithPlaceholders()
    {
        var product = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await product.GetPageAsync("/catalogue/items/new"));

        var hint = page.One("#text-hint").TextContent;
        Assert.Equal(ProposalTextPlaceholders.All.Select(p => p.Text), page.QuerySelectorAll("#text-hint code").Select(c => c.TextContent));
        Assert.Contains("Placeholders", hint);
        Assert.DoesNotContain("Scriban", page.Body!.TextContent);
    }

    [Fact]
    public async Task OneWordForEachStrengthOnTheFormTheItemTheListAndTheDocuments()
    {
        var product = await app.SignInAsync("product@demo.local");
        string[] words = ["weak", "medium", "strong"];

        var form = Html.Parse(await product.GetPageAsync("/catalogue/items/STD-WMS-CORE/edit"));
        var list = Html.Parse(await product.GetPageAsync("/catalogue"));
        var item = Html.Parse(await product.GetPageAsync("/catalogue/items/INN-ERP-BRIDGE"));
        var labels = app.Services.GetRequiredService<TemplateFolder>();

        Assert.Equal(["Does not address", .. words], form.QuerySelectorAll("select[name^='Strengths'] option").Take(4).Select(o => o.TextContent));
        Assert.Equal(["strong", "medium", "weak"], list.QuerySelectorAll(".legend .strength").Select(s => s.TextContent));
        Assert.Equal(["strong", "weak"], item.QuerySelectorAll("#addresses-heading ~ .role-list .strength").Select(s => s.TextContent));
        Assert.Equal(words, Enumerable.Range(1, 3).Select(CatalogueTerms.StrengthLabel));
        Assert.Equal(words, Enumerable.Range(1, 3).Select(n => labels.Labels("en")[$"strength_{n}"]));
        Assert.Equal(["弱", "中", "强"], Enumerable.Range(1, 3).Select(n => labels.Labels("zh-CN")[$"strength_{n}"]));
    }

    [Fact]
    public async Task AnActiveItemWithoutAPriceInACurrencyOfAnOpenOpportunityIsFlagged()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Thames Grocers" })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId = account.GetProperty("id").GetInt32(), name = "London depot", currency = "GBP" });
        Assert.Equal(HttpStatusCode.Created, opportunity.StatusCode);
        var api = await app.ApiClientAsync("product@demo.local");
        string Item(string code, string status) => $$$"""
            {"code": "{{{code}}}", "kind": "service", "name": "Gap {{{code}}}", "status": "{{{status}}}",
             "pricing": {"model": "one-time", "unit": "day", "maxDiscountPercent": 5, "prices": [{"currency": "EUR", "listPrice": 800}]}}
            """;
        var import = await api.PostAsync("/api/v1/catalogue/import", new StringContent(
            $$"""{"items": [{{Item("SVC-GAP-ACTIVE", "active")}}, {{Item("SVC-GAP-DRAFT", "draft")}}]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var product = await app.SignInAsync("product@demo.local");

        var active = Html.Parse(await product.GetPageAsync("/catalogue/items/SVC-GAP-ACTIVE"));
        var draft = Html.Parse(await product.GetPageAsync("/catalogue/items/SVC-GAP-DRAFT"));
        var missing = Html.Parse(await product.GetPageAsync("/catalogue?missing=GBP&q=GAP"));
        var unknownFilter = await product.GetAsync("/catalogue?missing=XYZ&q=GAP");

        Assert.Contains("No price in", active.One(".alert.price-gap").TextContent);
        Assert.Contains("GBP", active.One(".alert.price-gap").TextContent);
        Assert.Null(draft.QuerySelector(".price-gap"));
        Assert.Equal(["SVC-GAP-ACTIVE"], missing.QuerySelectorAll("#catalogue-results tbody tr td[data-label='Code']").Select(td => td.TextContent.Trim()));
        Assert.Contains("No GBP price", missing.QuerySelectorAll("#catalogue-results .badge.price-gap").Select(b => b.TextContent));
        Assert.Contains(missing.QuerySelectorAll("#catalogue-missing option"), o => o.GetAttribute("value") == "GBP" && o.HasAttribute("selected"));
        Assert.Equal(HttpStatusCode.OK, unknownFilter.StatusCode);
        Assert.Equal(2, Html.Parse(await unknownFilter.Content.ReadAsStringAsync()).QuerySelectorAll("#catalogue-results tbody tr").Length);
    }
}
