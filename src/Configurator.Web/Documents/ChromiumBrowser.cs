using Microsoft.Extensions.Options;
using PuppeteerSharp;

namespace Configurator.Web.Documents;

/// <summary>
/// One long-lived headless Chromium for the whole app, started off the request path. Each PDF opens
/// a page in it; a crashed browser is started again on the next request.
/// </summary>
public sealed class ChromiumBrowser(IOptions<PdfSettings> settings, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private static readonly string[] _arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-default-apps", "--mute-audio", "--font-render-hinting=none",
    ];

    private readonly ILogger _logger = loggerFactory.CreateLogger<ChromiumBrowser>();
    private readonly Lock _gate = new();
    private Task<IBrowser>? _launch;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.StartOnBoot)
        {
            // Launch in the background: the app serves pages while Chromium starts.
            _ = LaunchOrReuse().ContinueWith(
                t => _logger.LogWarning("PDF rendering is unavailable: {Problem}", t.Exception?.GetBaseException().Message),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
        return Task.CompletedTask;
    }

    /// <summary>The running browser; throws <see cref="PdfUnavailableException"/> when there is none to be had.</summary>
    public async Task<IBrowser> GetAsync()
    {
        var browser = await LaunchOrReuse();
        if (browser.IsConnected)
        {
            return browser;
        }
        _logger.LogWarning("Chromium disconnected; starting it again.");
        lock (_gate)
        {
            if (_launch?.IsCompletedSuccessfully == true && !_launch.Result.IsConnected)
            {
                _launch = null;
            }
        }
        return await LaunchOrReuse();
    }

    /// <summary>What the admin page shows: whether PDFs can be made, with what, or why not.</summary>
    public async Task<(bool Available, string Detail)> StatusAsync()
    {
        try
        {
            var browser = await GetAsync();
            return (true, $"{await browser.GetVersionAsync()} at {browser.Process?.StartInfo.FileName ?? "an external process"}");
        }
        catch (PdfUnavailableException e)
        {
            return (false, e.Message);
        }
    }

    private Task<IBrowser> LaunchOrReuse()
    {
        lock (_gate)
        {
            if (_launch is null || _launch.IsFaulted)
            {
                _launch = Task.Run(LaunchAsync);
            }
            return _launch;
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        var (path, problem) = ChromiumLocator.Find(settings.Value.ChromiumPath);
        if (path is null && settings.Value.AllowDownload && string.IsNullOrWhiteSpace(settings.Value.ChromiumPath))
        {
            path = await TryDownloadAsync();
        }
        if (path is null)
        {
            throw new PdfUnavailableException(problem!);
        }
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                Headless = true,
                ExecutablePath = path,
                Args = _arguments,
                Timeout = 60_000,
            }, loggerFactory);
            _logger.LogInformation("Chromium started from {Path}", path);
            return browser;
        }
        catch (Exception e) when (e is PuppeteerException or IOException or System.ComponentModel.Win32Exception)
        {
            throw new PdfUnavailableException($"Chromium at '{path}' could not be started ({e.Message}). " + ChromiumLocator.InstallHint);
        }
    }

    private async Task<string?> TryDownloadAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var installed = await new BrowserFetcher().DownloadAsync().WaitAsync(timeout.Token);
            return installed.GetExecutablePath();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning("No Chromium installed and none could be downloaded: {Message}", e.Message);
            return null;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        Task<IBrowser>? launch;
        lock (_gate)
        {
            launch = _launch;
            _launch = null;
        }
        if (launch is null)
        {
            return;
        }
        try
        {
            // A launch still under way finishes first, so its process is not left behind.
            var chromium = await launch;
            await chromium.CloseAsync();
            await chromium.DisposeAsync();
        }
        catch (PdfUnavailableException)
        {
            // There was no browser to close.
        }
    }
}
