using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Configurator.Web.Documents;

/// <summary>
/// Prints HTML to PDF in a fresh page of the shared browser. The page runs no script and may load
/// nothing from the network: everything a document shows is inside its HTML (images as data: URLs).
/// </summary>
public sealed class PdfRenderer(ChromiumBrowser browser, IOptions<PdfSettings> settings)
{
    public async Task<byte[]> RenderAsync(string html, string footerHtml, CancellationToken cancellationToken = default)
    {
        var timeout = TimeSpan.FromSeconds(settings.Value.RenderTimeoutSeconds);
        var chromium = await browser.GetAsync();
        await using var page = await chromium.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url.StartsWith("data:", StringComparison.Ordinal) || e.Request.Url == "about:blank")
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                await e.Request.AbortAsync();
            }
        };
        await page.SetContentAsync(html, new SetContentOptions
        {
            WaitUntil = [WaitUntilNavigation.Load],
            Timeout = (int)timeout.TotalMilliseconds,
            CancellationToken = cancellationToken,
        });

        return await page.PdfDataAsync(new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            PreferCSSPageSize = true,
            DisplayHeaderFooter = footerHtml.Length > 0,
            HeaderTemplate = "<span></span>",
            FooterTemplate = footerHtml,
            MarginOptions = new MarginOptions { Top = "18mm", Bottom = "20mm", Left = "16mm", Right = "16mm" },
        }).WaitAsync(timeout, cancellationToken);
    }
}
