using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium: a replaced browser keeps the document it is printing and is closed as soon as that is done.</summary>
public sealed class BrowserRetirementTests(BrowserRetirementTests.AppRecyclingByHand app) : IClassFixture<BrowserRetirementTests.AppRecyclingByHand>
{
    public sealed class AppRecyclingByHand : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Pdf:RecycleBrowserAfter"] = "0",
        };
    }

    private static readonly DocumentBrand _brand = new("Acme", "", "#2a6f4e", "", "");

    [Fact]
    public async Task AReplacedBrowserStaysWhileItsDocumentPrintsAndIsClosedWhenItIsDone()
    {
        var renderer = app.Services.GetRequiredService<ProposalDocumentRenderer>();
        var browser = app.Services.GetRequiredService<ChromiumBrowser>();
        var printing = await browser.LeaseAsync();
        var old = printing.Browser;

        browser.Recycle(old);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await browser.GetAsync() == old && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await Task.Delay(500);
        var whilePrinting = (browser.LiveBrowsers, old.IsConnected);
        printing.Dispose();
        // Closed within moments of its last document, not after a fixed grace time.
        var closed = DateTime.UtcNow.AddSeconds(5);
        while ((browser.LiveBrowsers > 1 || old.IsConnected) && DateTime.UtcNow < closed)
        {
            await Task.Delay(50);
        }

        Assert.NotSame(old, await browser.GetAsync());
        Assert.Equal((2, true), whilePrinting);
        Assert.Equal(1, browser.LiveBrowsers);
        Assert.False(old.IsConnected);
        using var next = PdfDocument.Open(await renderer.RenderPdfAsync(SampleDocument.Create(renderer.Labels("en"), _brand, "en", new DateOnly(2026, 11, 27), "Pat", 4, 8, 3), DateTimeOffset.UnixEpoch));
        Assert.Contains("Nordby Foods", next.GetPage(1).Text);
    }
}
