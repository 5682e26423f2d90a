namespace Configurator.Web.Documents;

/// <summary>Settings under <c>Pdf:</c>.</summary>
public sealed class PdfSettings
{
    /// <summary>Chromium or Chrome to print with; when empty the usual install paths are tried.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Launch the browser while the app starts, so the first PDF does not wait for it.</summary>
    public bool StartOnBoot { get; set; } = true;

    /// <summary>When no browser is installed, let PuppeteerSharp download one (needs internet access).</summary>
    public bool AllowDownload { get; set; } = true;

    public int RenderTimeoutSeconds { get; set; } = 30;

    /// <summary>Documents printed at the same time; the rest queue. 0 means one per processor core.</summary>
    public int MaxConcurrentRenders { get; set; }

    /// <summary>A fresh browser replaces the running one after this many documents (memory stays flat).</summary>
    public int RecycleBrowserAfter { get; set; } = 500;

    /// <summary>Print the next document in a page that printed one before (faster); false opens a new page each time.</summary>
    public bool ReusePages { get; set; } = true;

    /// <summary>
    /// Write a tagged (structured) PDF for assistive technology. Off by default: it costs about 8 ms a page
    /// (measured, bench/README.md) and the language, title and text are in the PDF either way.
    /// </summary>
    public bool Tagged { get; set; }

    public int EffectiveConcurrency => MaxConcurrentRenders > 0 ? MaxConcurrentRenders : Environment.ProcessorCount;

    /// <summary>Documents whose model and HTML are built at the same time (CPU work in the app); 0 means one less than the cores, at least one.</summary>
    public int MaxConcurrentDocumentBuilds { get; set; }

    public int EffectiveDocumentBuilds => MaxConcurrentDocumentBuilds > 0 ? MaxConcurrentDocumentBuilds : Math.Max(1, Environment.ProcessorCount - 1);
}
