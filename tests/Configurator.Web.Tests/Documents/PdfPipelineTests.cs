using System.Net;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium: renders the thin proposal template to PDF and reads the text back.</summary>
public sealed class PdfPipelineTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task RendersATemplateToAPdfWhoseTextReadsBack()
    {
        var documents = app.Services.GetRequiredService<ProposalDocuments>();

        var pdf = await documents.RenderPdfAsync(ProposalDocuments.Sample(new DateOnly(2026, 11, 27), "presales@demo.local"));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        var cover = document.GetPage(1).Text;
        Assert.Contains("PDF pipeline check", cover);
        Assert.Contains("Nordby Foods", cover);
        Assert.Contains("27 November 2026", cover);
        Assert.Contains("Page 1 of 2", cover);
        Assert.Contains("Page 2 of 2", document.GetPage(2).Text);
    }

    [Fact]
    public async Task EscapesWhatUsersTyped()
    {
        var documents = app.Services.GetRequiredService<ProposalDocuments>();
        var sample = ProposalDocuments.Sample(new DateOnly(2026, 11, 27), "x");
        var hostile = sample with { Client = new DocumentClient("<script>alert(1)</script><img src=http://example.com/x>") };

        var html = documents.RenderHtml(hostile);
        using var pdf = PdfDocument.Open(await documents.RenderPdfAsync(hostile));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<script>alert(1)</script>", pdf.GetPage(1).Text);
    }

    [Fact]
    public async Task AdminDownloadsTheSamplePdf()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var response = await admin.SubmitFormAsync("/admin/pdf", "/admin/pdf/sample.pdf", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("If you can read this", string.Concat(document.GetPages().Select(p => p.Text)));
    }
}
