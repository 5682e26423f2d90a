using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Verify;

/// <summary>"Verify a document", signed out as the client is: real issued revisions and signed copies (real Chromium), changed files and bad uploads.</summary>
public sealed class VerifyTests(VerifyTests.Factory app) : IClassFixture<VerifyTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimiting:VerificationsPerMinute"] = "1000" };
    }

    private async Task<(int Id, byte[] Pdf, DateTimeOffset IssuedAt)> IssuedAsync(string account)
    {
        var (presales, id) = await app.ApprovedProposalAsync(account, account + " deal", "en",
            [new { title = "Orders ship late", category = "SLOW-FULFIL", severity = 4, annualImpact = 120000m }]);
        var pdf = await presales.IssueRevisionAsync(id);
        using var scope = app.Services.CreateScope();
        var issuedAt = await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().ProposalRevisions
            .Where(r => r.ProposalId == id).Select(r => r.IssuedAt).SingleAsync();
        return (id, pdf, issuedAt);
    }

    /// <summary>Opens the page as a signed-out browser and uploads <paramref name="file"/> (no file part when null).</summary>
    private static async Task<(HttpResponseMessage Response, string Html)> UploadAsync(HttpClient browser, byte[]? file, string fileName = "proposal.pdf")
    {
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync("/verify"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "file", fileName);
        }
        var response = await browser.PostAsync("/verify", form);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string Answer(string html) => Html.Parse(html).One("[data-verify-answer]").TextContent.Trim();

    private static string FileError(string html) => Html.Parse(html).One("#verify-file-error").TextContent.Trim();

    [Fact]
    public async Task TheSignedOutPageOffersAnUploadFormInTheBrowsersLanguage()
    {
        var english = app.CreateBrowser();
        var chinese = app.CreateBrowser();
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var page = Html.Parse(await english.GetPageAsync("/verify"));
        var chinesePage = await chinese.GetPageAsync("/verify");

        Assert.Equal("Verify a document", page.One("h1").TextContent);
        Assert.Equal("multipart/form-data", page.Attr("form[action='/verify']", "enctype"));
        Assert.NotNull(page.QuerySelector("form[action='/verify'] input[type=file][name=file]"));
        Assert.NotNull(page.QuerySelector("form[action='/verify'] input[name=__RequestVerificationToken]"));
        Assert.Contains("验证文件", chinesePage);
        Assert.Contains("核实文件", chinesePage);
    }

    [Fact]
    public async Task AnIssuedRevisionIsRecognisedAndNothingMoreIsSaid()
    {
        var (_, pdf, issuedAt) = await IssuedAsync("Verify Revision Oy");

        var (response, html) = await UploadAsync(app.CreateBrowser(), pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"This is revision 1 of “Verify Revision Oy deal proposal”, issued on {issuedAt.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}.", Answer(html));
        Assert.DoesNotContain("EUR", html);
        Assert.DoesNotContain("Orders ship late", html);
    }

    [Fact]
    public async Task ItsSignedCopyIsRecognisedAsTheSignedCopyWithTheSigner()
    {
        var (id, pdf, _) = await IssuedAsync("Verify Signed Oy");
        byte[] signed;
        using (var scope = app.Services.CreateScope())
        {
            var facts = SignedCopyTests.Facts(id, pdf, signature: SignedCopyTests.SignaturePng);
            signed = (await scope.ServiceProvider.GetRequiredService<SignedCopies>().CreateAsync(facts, pdf, CancellationToken.None)).Pdf;
            await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().SaveChangesAsync();
        }

        var (response, html) = await UploadAsync(app.CreateBrowser(), signed);
        var (_, original) = await UploadAsync(app.CreateBrowser(), pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This is the signed copy of revision 1 of “Verify Signed Oy deal proposal”, accepted by Dana Smith on 2 Dec 2026.", Answer(html));
        Assert.StartsWith("This is revision 1 of “Verify Signed Oy deal proposal”", Answer(original));
        Assert.DoesNotContain("48,250", html);
        Assert.DoesNotContain("dana@nordby.example", html);
    }

    [Fact]
    public async Task AFileChangedByOneByteIsNotOurs()
    {
        var (_, pdf, _) = await IssuedAsync("Verify Changed Oy");
        var changed = pdf.ToArray();
        changed[changed.Length / 2] ^= 0x01;

        var (response, html) = await UploadAsync(app.CreateBrowser(), changed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("We did not issue this document (or it was changed after we issued it).", Answer(html));
        Assert.Equal("none", Html.Parse(html).Attr("[data-verify-answer]", "data-verify-answer"));
    }

    [Fact]
    public async Task NoFileNotAPdfAndTooLargeAreSaidNextToTheField()
    {
        var browser = app.CreateBrowser();
        var tooLarge = new byte[20 * 1024 * 1024 + 1];
        "%PDF-1.7"u8.CopyTo(tooLarge);

        var (none, noneHtml) = await UploadAsync(browser, null);
        var (empty, emptyHtml) = await UploadAsync(browser, []);
        var (text, textHtml) = await UploadAsync(browser, "just some text, not a PDF"u8.ToArray(), "notes.pdf");
        var (large, largeHtml) = await UploadAsync(browser, tooLarge);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "Choose the PDF file to check."), (none.StatusCode, FileError(noneHtml)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "Choose the PDF file to check."), (empty.StatusCode, FileError(emptyHtml)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "This file is not a PDF. Choose the PDF document you want to check."), (text.StatusCode, FileError(textHtml)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "The file is larger than 20 MB, more than any document we issue. Choose the PDF you received from us."), (large.StatusCode, FileError(largeHtml)));
        Assert.Null(Html.Parse(textHtml).QuerySelector("[data-verify-answer]"));
    }

    [Fact]
    public async Task AChineseBrowserGetsChineseMessages()
    {
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var (_, html) = await UploadAsync(browser, "GIF89a"u8.ToArray());
        var (_, changed) = await UploadAsync(browser, "%PDF-1.7 not ours"u8.ToArray());

        Assert.Equal("此文件不是 PDF。请选择要核实的 PDF 文件。", FileError(html));
        Assert.Equal("此文件不是我们签发的（或在签发后被改动过）。", Answer(changed));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7"u8.ToArray()), "file", "a.pdf" } };

        var response = await app.CreateBrowser().PostAsync("/verify", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheApiAnswersTheMatchAsJson()
    {
        var (_, pdf, issuedAt) = await IssuedAsync("Verify Api Oy");
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        async Task<HttpResponseMessage> PostAsync(byte[]? file)
        {
            var form = new MultipartFormDataContent();
            if (file is not null)
            {
                form.Add(new ByteArrayContent(file), "file", "proposal.pdf");
            }
            else
            {
                form.Add(new StringContent("x"), "other");
            }
            return await client.PostAsync("/api/v1/verify", form);
        }

        var revision = await (await PostAsync(pdf)).Content.ReadFromJsonAsync<JsonElement>();
        var none = await (await PostAsync("%PDF-1.7 not ours"u8.ToArray())).Content.ReadFromJsonAsync<JsonElement>();
        var notPdf = await PostAsync("plain text"u8.ToArray());
        var noFile = await PostAsync(null);

        Assert.Equal("revision", revision.GetProperty("match").GetString());
        Assert.Equal("Verify Api Oy deal proposal", revision.GetProperty("proposalTitle").GetString());
        Assert.Equal(1, revision.GetProperty("revisionNumber").GetInt32());
        Assert.Equal(issuedAt, revision.GetProperty("issuedAt").GetDateTimeOffset());
        Assert.Equal("none", none.GetProperty("match").GetString());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("proposalTitle").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        Assert.Equal("application/problem+json", notPdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("This file is not a PDF. Choose the PDF document you want to check.",
            (await notPdf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal("Choose the PDF file to check.",
            (await noFile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString());
    }
}
