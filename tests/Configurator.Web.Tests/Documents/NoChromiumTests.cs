using System.Net;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Documents;

public sealed class NoChromiumTests(NoChromiumTests.AppWithoutChromium app) : IClassFixture<NoChromiumTests.AppWithoutChromium>
{
    public sealed class AppWithoutChromium : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Pdf:ChromiumPath"] = "/nowhere/chromium",
        };
    }

    [Fact]
    public async Task RenderingSaysWhatToFix()
    {
        var documents = app.Services.GetRequiredService<ProposalDocumentRenderer>();
        var sample = SampleDocument.Create(documents.Labels("en"), new DocumentBrand("Acme", "", "#123456", "", ""), "en", new DateOnly(2026, 11, 27), "x");

        var error = await Assert.ThrowsAsync<PdfUnavailableException>(() => documents.RenderPdfAsync(sample, DateTimeOffset.UnixEpoch));

        Assert.Contains("Pdf:ChromiumPath", error.Message);
        Assert.Contains("/nowhere/chromium", error.Message);
    }

    [Fact]
    public async Task ThePdfPageExplainsAndTheRestOfTheAppWorks()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var status = await admin.GetPageAsync("/admin/pdf");
        var download = await admin.SubmitFormAsync("/admin/pdf", "/admin/pdf/sample.pdf", []);

        Assert.Contains("PDFs cannot be produced on this server", status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, download.StatusCode);
        Assert.Contains("Pdf:ChromiumPath", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }
}
