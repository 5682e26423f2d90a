using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Configurator.Web.Documents;

/// <summary>One document to print: its HTML (page size, margins, running header and footer come from its CSS) and the PDF's information.</summary>
public sealed record PdfJob(string Html, PdfInfo Info);

/// <summary>
/// Prints HTML to PDF in the shared browser. Every page runs no script and may load nothing: every
/// request but the document itself and data: URLs is aborted, so what a document shows is inside its
/// HTML. With nothing able to persist in a page, pages are reused from a small pool (measured: about
/// half the time of a fresh page per document). At most <see cref="PdfSettings.MaxConcurrentRenders"/>
/// documents print at once; the rest wait their turn.
/// </summary>
public sealed class PdfRenderer(ChromiumBrowser browser, IOptions<PdfSettings> settings, ILogger<PdfRenderer> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(settings.Value.EffectiveConcurrency, settings.Value.EffectiveConcurrency);
    private readonly ConcurrentQueue<IPage> _idle = new();
    private long _printed;
    private long _blocked;

    /// <summary>Documents sent to the browser to print (printed or failed), since the app started.</summary>
    public long Printed => Interlocked.Read(ref _printed);

    /// <summary>Requests the documents tried to make, all of them aborted.</summary>
    public long BlockedRequests => Interlocked.Read(ref _blocked);

    public async Task<byte[]> RenderAsync(PdfJob job, CancellationToken cancellationToken = default)
    {
        var timeout = TimeSpan.FromSeconds(settings.Value.RenderTimeoutSeconds);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            // The lease keeps a browser that is being replaced open until this document is done.
            using var lease = await browser.LeaseAsync();
            var chromium = lease.Browser;
            IPage? page = null;
            var reusable = false;
            var started = Stopwatch.GetTimestamp();
            try
            {
                page = await TakePageAsync(chromium);
                var taken = Stopwatch.GetTimestamp();
                await page.SetContentAsync(job.Html, new SetContentOptions
                {
                    WaitUntil = [WaitUntilNavigation.Load],
                    Timeout = (int)timeout.TotalMilliseconds,
                    CancellationToken = cancellationToken,
                });
                var content = Stopwatch.GetTimestamp();
                // The running header and footer are CSS page-margin boxes of the document itself: Chromium's
                // header and footer templates cost about 8 ms a page more (measured, bench/README.md).
                var pdf = await page.PdfDataAsync(new PdfOptions
                {
                    Format = PaperFormat.A4,
                    PrintBackground = true,
                    PreferCSSPageSize = true,
                    Tagged = settings.Value.Tagged,
                }).WaitAsync(timeout, cancellationToken);
                var printed = Stopwatch.GetTimestamp();
                reusable = settings.Value.ReusePages;
                var result = PdfMetadata.Apply(pdf, job.Info);
                logger.LogDebug("Printed {Characters} characters of HTML into {Bytes} bytes: page {Page:0.0} ms, content {Content:0.0} ms, PDF {Pdf:0.0} ms, information {Information:0.0} ms",
                    job.Html.Length, result.Length, Stopwatch.GetElapsedTime(started, taken).TotalMilliseconds, Stopwatch.GetElapsedTime(taken, content).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(content, printed).TotalMilliseconds, Stopwatch.GetElapsedTime(printed).TotalMilliseconds);
                return result;
            }
            catch (TimeoutException e)
            {
                throw new PdfRenderFailedException($"The document took longer than {timeout.TotalSeconds:0} s to print; try again, or shorten it.", e);
            }
            catch (Exception e) when (e is PuppeteerException or ObjectDisposedException or InvalidOperationException or IOException)
            {
                logger.LogWarning(e, "Printing a document failed; browser connected: {Connected}", chromium.IsConnected);
                throw new PdfRenderFailedException(chromium.IsConnected
                    ? $"The document could not be printed within {timeout.TotalSeconds:0} s; try again in a moment."
                    : "The PDF browser stopped while printing this document and is being restarted; try again in a moment.", e);
            }
            finally
            {
                if (page is not null)
                {
                    Release(page, reusable && chromium.IsConnected);
                }
                if (settings.Value.RecycleBrowserAfter > 0 && Interlocked.Increment(ref _printed) % settings.Value.RecycleBrowserAfter == 0)
                {
                    browser.Recycle(chromium);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<IPage> TakePageAsync(IBrowser chromium)
    {
        while (_idle.TryDequeue(out var idle))
        {
            if (!idle.IsClosed && idle.Browser == chromium)
            {
                return idle;
            }
            _ = CloseQuietlyAsync(idle);
        }
        var page = await chromium.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            try
            {
                if (e.Request.Url.StartsWith("data:", StringComparison.Ordinal) || e.Request.Url == "about:blank")
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    Interlocked.Increment(ref _blocked);
                    await e.Request.AbortAsync();
                }
            }
            catch (PuppeteerException)
            {
                // The page went away while the request was being answered.
            }
        };
        return page;
    }

    private void Release(IPage page, bool reusable)
    {
        if (reusable && !page.IsClosed)
        {
            _idle.Enqueue(page);
        }
        else
        {
            _ = CloseQuietlyAsync(page);
        }
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (Exception e) when (e is PuppeteerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The browser is gone with it.
        }
    }

    public void Dispose() => _slots.Dispose();
}
