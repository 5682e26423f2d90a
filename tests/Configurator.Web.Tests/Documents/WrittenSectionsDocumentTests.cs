using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Configurator.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>
/// Real Chromium through the app: what presales write (sections, the admin's standard terms, content
/// blocks) printed in an issued revision, read back with PdfPig, with the acceptance block at the end.
/// </summary>
public sealed class WrittenSectionsDocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly object[] _people = [new { key = "cfo", name = "Kari Berg", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 }];

    private static async Task<int> VersionAsync(HttpClient api, int id) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("version").GetInt32();

    private static async Task WriteAsync(HttpClient presales, int id, string section, string text)
    {
        var put = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/{section}", new { text, version = await VersionAsync(presales, id) });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    private static string Text(PdfDocument pdf) => Regex.Replace(string.Join("\n", pdf.GetPages().Select(p => p.Text)), @"\s+", " ");

    /// <summary>Latin text as words separated by one space (a page's raw text runs words together where the PDF positions them).</summary>
    private static string Words(PdfDocument pdf) => string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    /// <summary>Keeps the PDF for a look as images when CONFIGURATOR_KEEP_PDFS names a folder.</summary>
    private static void Keep(string name, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("CONFIGURATOR_KEEP_PDFS") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }
    }

    [Fact]
    public async Task AnIssuedRevisionPrintsTheSectionsAsTextTheStandardTermsAndTheAcceptanceBlock()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var terms = await admin.SubmitFormAsync("/admin/brand/terms", "/admin/brand/terms",
            [new("terms[en]", "## Payment\n\nInvoices are due **30 days** net."), new("terms[zh-CN]", "## 付款\n\n发票 30 天内付清。")]);
        Assert.Equal(HttpStatusCode.Redirect, terms.StatusCode);
        var (presales, id) = await app.ApprovedProposalAsync("Written Oy", "Written words", "en",
            [new { title = "Stock counts drift", category = "STOCK-ERRORS", severity = 5, annualImpact = 120000m, raisedBy = "cfo" }], _people);
        await WriteAsync(presales, id, "introduction", "Dear Kari Berg,\n\nThank you. <b>not bold</b> [our site](javascript:alert(1)) ![pixel](http://127.0.0.1:9/p.png)");
        await WriteAsync(presales, id, "understanding", "You count stock **every week** and still miss it.");
        await WriteAsync(presales, id, "approach", "| Phase | Weeks |\n| --- | --- |\n| Discovery workshop | 2 |\n| Go-live | 4 |");
        await WriteAsync(presales, id, "closing", "We look forward to working with you.");

        var bytes = await presales.IssueRevisionAsync(id);
        Keep("written-en.pdf", bytes);
        using var pdf = PdfDocument.Open(bytes);
        var text = Words(pdf);
        var revision = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/revisions/1");
        var html = (await presales.GetStringAsync($"/api/v1/proposals/{id}/preview"));

        Assert.Contains("Introduction Dear Kari Berg,", text);
        Assert.Contains("Thank you. <b>not bold</b> our site pixel", text);
        Assert.DoesNotContain("javascript", text);
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.Contains("Our understanding You count stock every week", text);
        Assert.Contains("Approach and timeline", text);
        Assert.Contains("Discovery workshop 2", text);
        Assert.Contains("We look forward to working with you.", text);
        Assert.Contains("Terms and conditions Payment Invoices are due 30 days net.", text);
        Assert.Contains("Acceptance", text);
        Assert.Contains("For Written Oy", text);
        Assert.Contains("Signature", text);
        Assert.True(text.LastIndexOf("Signature", StringComparison.Ordinal) > text.LastIndexOf("Invoices are due", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>not bold</b>", html.Replace("&lt;b&gt;not bold&lt;/b&gt;", ""));
        Assert.StartsWith("Dear Kari Berg", revision.GetProperty("proposal").GetProperty("sections").GetProperty("introduction").GetString());
        Assert.StartsWith("## Payment", revision.GetProperty("standardTerms").GetString());
    }

    [Fact]
    public async Task AShortCoverLetterSharesItsPageWithTheSummaryAndShortTermsFollowTheClosing()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Short Oy", "Short words", "en",
            [new { title = "Stock counts drift", category = "STOCK-ERRORS", severity = 5, annualImpact = 120000m, raisedBy = "cfo" }], _people);
        await WriteAsync(presales, id, "introduction", "Dear Kari Berg,\n\nThank you for your time last week. Here is what we propose.");
        await WriteAsync(presales, id, "closing", "We look forward to working with you.");
        await WriteAsync(presales, id, "terms", "Invoices are due 30 days net.");
        var browser = await app.SignInAsync("presales@demo.local");

        var bytes = await (await browser.GetAsync($"/proposals/{id}/preview.pdf")).Content.ReadAsByteArrayAsync();
        Keep("short-letter-en.pdf", bytes);
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();

        var letter = pages.FindIndex(p => p.Contains("Dear Kari Berg", StringComparison.Ordinal));
        Assert.True(letter > 0, "The letter is not printed.");
        Assert.Contains("Executive summary", pages[letter]);
        var closing = pages.FindIndex(p => p.Contains("We look forward to working with you.", StringComparison.Ordinal));
        Assert.Contains("Invoices are due 30 days net.", pages[closing]);
    }

    [Fact]
    public async Task AChineseRevisionPrintsItsSectionsAndTheAcceptanceBlockInChinese()
    {
        var (presales, id) = await app.ApprovedProposalAsync("北方食品", "旺季准备", "zh-CN",
            [new { title = "库存总是对不上", category = "STOCK-ERRORS", severity = 5, annualImpact = 300000m, raisedBy = "cfo" }],
            [new { key = "cfo", name = "王丽", title = "首席财务官", role = "economic-buyer", stance = "supporter", influence = 5 }]);
        await WriteAsync(presales, id, "introduction", "尊敬的王丽：\n\n感谢您的时间。**我们的建议**如下。");
        await WriteAsync(presales, id, "approach", "| 阶段 | 周数 |\n| --- | --- |\n| 调研与设计 | 2 |");

        var bytes = await presales.IssueRevisionAsync(id);
        Keep("written-zh.pdf", bytes);
        using var pdf = PdfDocument.Open(bytes);
        var text = Text(pdf);

        Assert.Contains("致辞", text);
        Assert.Contains("感谢您的时间。我们的建议如下。", text);
        Assert.Contains("实施方法与时间表", text);
        Assert.Contains("调研与设计", text);
        Assert.Contains("确认与签署", text);
        Assert.Contains("签字", text);
    }

    [Fact]
    public async Task AContentBlockIsSuggestedInsertedAsACopyAndPrinted()
    {
        var product = await app.SignInAsync("product@demo.local");
        var refused = await product.SubmitFormAsync("/catalogue/blocks/new", "/catalogue/blocks",
            [new("Kind", "case-study"), new("Title", ""), new("Text", "x"), new("Version", "0")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Give the block a title", Html.Parse(await refused.Content.ReadAsStringAsync()).One("#block-title-error").TextContent);
        var created = await product.SubmitFormAsync("/catalogue/blocks/new", "/catalogue/blocks",
            [new("Kind", "case-study"), new("Title", "Nordby Foods counts right"), new("Text", "Stock accuracy rose to **99.6%** in six months."),
             new("TitleZh", "诺德比食品"), new("TextZh", "六个月内库存准确率提升至 99.6%。"), new("Categories", "STOCK-ERRORS"), new("Version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var blockPath = created.Headers.Location!.OriginalString.Split('?')[0];
        var blockId = blockPath.Split('/')[^1];
        var (presales, id) = await app.ApprovedProposalAsync("Block Oy", "Blocks", "en",
            [new { title = "Stock counts drift", category = "STOCK-ERRORS", severity = 5, annualImpact = 120000m }], _people);
        var browser = await app.SignInAsync("presales@demo.local");

        var sections = Html.Parse(await browser.GetPageAsync($"/proposals/{id}/sections"));
        var inserted = await browser.SubmitFormAsync($"/proposals/{id}/sections", $"/proposals/{id}/blocks/{blockId}", [new("version", (await VersionAsync(presales, id)).ToString())]);
        var edited = await product.SubmitFormAsync(blockPath, blockPath,
            [new("Kind", "case-study"), new("Title", "Nordby Foods counts right"), new("Text", "Changed afterwards."), new("Categories", "STOCK-ERRORS"), new("Version", "1")]);
        var references = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/sections/references");
        using var pdf = PdfDocument.Open(await presales.IssueRevisionAsync(id));

        Assert.Contains("Suggested:", sections.One("#blocks").TextContent);
        Assert.Equal(HttpStatusCode.Redirect, inserted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("## Nordby Foods counts right\n\nStock accuracy rose to **99.6%** in six months.", references.GetProperty("text").GetString());
        Assert.Contains("References Nordby Foods counts right Stock accuracy rose to 99.6% in six months.", Words(pdf));
    }

    [Fact]
    public async Task StandardTermsWithATableTooLargeForAPageAreRefusedNextToTheField()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var huge = "| a | b |\n| - | - |\n" + string.Concat(Enumerable.Range(1, 50).Select(i => $"| {i} | x |\n"));

        var page = Html.Parse(await admin.GetPageAsync("/admin/brand/terms"));
        var versions = new[] { "en", "zh-CN" }.Select(l => new KeyValuePair<string, string>($"versions[{l}]", page.One($"input[name='versions[{l}]']").GetAttribute("value")!));

        var refused = await admin.SubmitFormAsync("/admin/brand/terms", "/admin/brand/terms", [new("terms[en]", huge), new("terms[zh-CN]", ""), .. versions]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("40 rows", Html.Parse(await refused.Content.ReadAsStringAsync()).One("#terms-en-error").TextContent);
    }
}
