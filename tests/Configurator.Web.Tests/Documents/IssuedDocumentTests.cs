using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Configurator.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium through the app: proposals issued as documents with hostile and Chinese text, failing proposal texts, the preview.</summary>
public sealed class IssuedDocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AChineseOpportunityWithHostileTextIsIssuedAsAPdfThatShowsItAsText()
    {
        object[] people = [new { key = "cfo", name = "王丽 <b>CFO</b>", title = "首席财务官", role = "economic-buyer", stance = "supporter", influence = 5 }];
        object[] pains =
        [
            new { title = "库存总是对不上 <script>alert(1)</script>", category = "STOCK-ERRORS", severity = 5, annualImpact = 300000m, clientWords = "每次盘点都差几百件 <img src=http://127.0.0.1:9/x>", raisedBy = "cfo" },
            new { title = "旺季发货慢 {{ 7 * 7 }}", category = "SLOW-FULFIL", severity = 4, annualImpact = 150000m, clientWords = "客户一直在等" },
        ];
        var (presales, id) = await app.ApprovedProposalAsync("北方食品 <i>Oy</i>", "旺季准备", "zh-CN", pains, people);

        using var pdf = PdfDocument.Open(await presales.IssueRevisionAsync(id));
        var text = Regex.Replace(string.Join("\n", pdf.GetPages().Select(p => p.Text)), @"\s+", " ");

        Assert.Contains("北方食品 <i>Oy</i>", text);
        Assert.Contains("执行摘要", text);
        Assert.Contains("尊敬的王丽 <b>CFO</b>：", text);
        Assert.Contains("库存总是对不上 <script>alert(1)</script>", text);
        Assert.Contains("每次盘点都差几百件 <img src=http://127.0.0.1:9/x>", text);
        Assert.Contains("旺季发货慢 {{ 7 * 7 }}", text);
        Assert.Contains("仓储管理核心版", text);
        Assert.Contains("合同总额", text);
        Assert.Equal("旺季准备 proposal", pdf.Information.Title);
        Assert.Contains("<img class=\"cover__logo\" src=\"data:image/svg+xml;base64,", await presales.GetStringAsync($"/api/v1/proposals/{id}/preview"));
    }

    [Fact]
    public async Task AProposalTextThatFailsForThisClientShowsAMarkerInTheDocumentAndAnErrorInTheBuilder()
    {
        var product = await app.ApiClientAsync("product@demo.local");
        var item = JsonNode.Parse(await product.GetStringAsync("/api/v1/catalogue/items/STD-WMS-CORE"))!;
        item["code"] = "INN-LOOPY";
        item["kind"] = "innovation";
        item["name"] = "Loopy optimiser";
        item["excludes"] = new JsonArray();
        // Fine for the catalogue's sample client (the editor and import refuse a text that fails for it), failing for this one.
        item["proposalText"] = "For {{ client.name }}: {{ if client.name != 'Nordby Foods' }}{{ for i in 1..100000 }}x{{ end }}{{ end }}";
        var import = await product.PostAsJsonAsync("/api/v1/catalogue/import", new JsonObject { ["categories"] = new JsonArray(), ["items"] = new JsonArray(item) });
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var (presales, id) = await app.ApprovedProposalAsync("Loop Oy", "Loops", "en",
            [new { title = "Counts drift", category = "STOCK-ERRORS", severity = 5, annualImpact = 100000m }], recommend: false);
        var proposal = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        var option = proposal.GetProperty("options")[0].GetProperty("id").GetInt32();
        var added = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{option}/lines",
            new { itemCode = "INN-LOOPY", quantity = 10, version = proposal.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var builder = await (await app.SignInAsync("presales@demo.local")).GetPageAsync($"/proposals/{id}");
        var preview = await presales.GetStringAsync($"/api/v1/proposals/{id}/preview");
        using var pdf = PdfDocument.Open(await presales.IssueRevisionAsync(id));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.Contains("The proposal text of Loopy optimiser (INN-LOOPY) fails for this client", builder);
        Assert.Contains("LoopLimit", builder);
        Assert.Contains("This item&#x27;s proposal text could not be rendered", preview.Replace("&#39;", "&#x27;"));
        Assert.Contains("could not be rendered", text);
        Assert.Contains("Loopy optimiser", text);
    }

    [Fact]
    public async Task ThePreviewPageFramesTheDocumentAndPrintsADraft()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Preview Oy", "Previewed", "en",
            [new { title = "Orders wait", category = "SLOW-FULFIL", severity = 4, annualImpact = 90000m }]);
        var browser = await app.SignInAsync("presales@demo.local");

        var page = await browser.GetPageAsync($"/proposals/{id}/preview");
        var document = await browser.GetAsync($"/proposals/{id}/preview/document");
        var draft = await browser.GetAsync($"/proposals/{id}/preview.pdf");
        var missing = await browser.GetAsync("/proposals/999999/preview.pdf");

        Assert.Contains($"<iframe class=\"document-preview\" src=\"/proposals/{id}/preview/document\" sandbox", page);
        Assert.Contains($"href=\"/proposals/{id}/preview.pdf\" data-download-pdf", page);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.StartsWith("default-src 'none'", document.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("SAMEORIGIN", document.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("DENY", (await browser.GetAsync($"/proposals/{id}/preview")).Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("application/pdf", draft.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await draft.Content.ReadAsByteArrayAsync());
        Assert.Contains("Draft — not an issued revision", pdf.GetPage(2).Text);
        Assert.Contains("Orders wait", string.Join("\n", pdf.GetPages().Select(p => p.Text)));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
