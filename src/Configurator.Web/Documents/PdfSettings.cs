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
}
