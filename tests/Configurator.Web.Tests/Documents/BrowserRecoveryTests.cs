using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium, in an app of its own: the browser killed mid-render, and recycled after a few documents.</summary>
public sealed class BrowserRecoveryTests(BrowserRecoveryTests.AppRecyclingOften app) : IClassFixture<BrowserRecoveryTests.AppRecyclingOften>
{
    public sealed class AppRecyclingOften : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Pdf:RecycleBrowserAfter"] = "3",
        };
    }

    private static readonly DocumentBrand _brand = new("Acme", "", "#2a6f4e", "", "");

    private ProposalDocumentRenderer Renderer => app.Services.GetRequiredService<ProposalDocumentRenderer>();

    private ProposalDocument Sample(int pains = 4) =>
        SampleDocument.Create(Renderer.Labels("en"), _brand, "en", new DateOnly(2026, 11, 27), "Pat", pains, 8, 3);

    [Fact]
    public async Task ABrowserKilledMidRenderFailsThatDocumentRetryablyAndTheNextOnePrints()
    {
        var browser = app.Services.GetRequiredService<ChromiumBrowser>();
        var chromium = await browser.GetAsync();
        var big = Sample(pains: 600);

        var printing = Renderer.RenderPdfAsync(big, DateTimeOffset.UnixEpoch);
        await Task.Delay(300);
        chromium.Process!.Kill(entireProcessTree: true);

        var failure = await Assert.ThrowsAsync<PdfRenderFailedException>(() => printing);
        var next = await Renderer.RenderPdfAsync(Sample(), DateTimeOffset.UnixEpoch);

        Assert.Contains("try again", failure.Message);
        using var pdf = PdfDocument.Open(next);
        Assert.Contains("Nordby Foods", pdf.GetPage(1).Text);
        Assert.NotSame(chromium, await browser.GetAsync());
    }

    [Fact]
    public async Task TheBrowserIsReplacedAfterItsQuotaOfDocumentsWithoutFailingAny()
    {
        var browser = app.Services.GetRequiredService<ChromiumBrowser>();
        var first = await browser.GetAsync();

        for (var i = 0; i < 4; i++)
        {
            using var pdf = PdfDocument.Open(await Renderer.RenderPdfAsync(Sample(), DateTimeOffset.UnixEpoch));
            Assert.True(pdf.NumberOfPages > 1);
        }
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await browser.GetAsync() == first && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.NotSame(first, await browser.GetAsync());
        using var after = PdfDocument.Open(await Renderer.RenderPdfAsync(Sample(), DateTimeOffset.UnixEpoch));
        Assert.Contains("Nordby Foods", after.GetPage(1).Text);
    }
}
