using Microsoft.Extensions.Options;
using PuppeteerSharp;

namespace Configurator.Web.Documents;

/// <summary>
/// One long-lived headless Chromium for the whole app, started off the request path. When it dies, a
/// new one is launched at once in the background; <see cref="Recycle"/> swaps in a fresh one after many
/// documents, and closes the old one as soon as the last document still printing in it is done.
/// </summary>
public sealed class ChromiumBrowser(IOptions<PdfSettings> settings, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private static readonly string[] _arguments =
    [
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-default-apps", "--mute-audio", "--font-render-hinting=none",
    ];

    private readonly ILogger _logger = loggerFactory.CreateLogger<ChromiumBrowser>();
    private readonly Lock _gate = new();
    private Task<IBrowser>? _launch;
    private bool _recycling;
    private bool _stopped;

    // Documents printing in each browser, the replaced browsers waiting for their last one, and every browser not yet closed.
    private readonly Dictionary<IBrowser, int> _printing = [];
    private readonly HashSet<IBrowser> _retiring = [];
    private readonly HashSet<IBrowser> _live = [];

    /// <summary>Browsers started and not yet closed: one, and two for as long as a replaced one finishes its documents.</summary>
    public int LiveBrowsers
    {
        get
        {
            lock (_gate)
            {
                return _live.Count;
            }
        }
    }

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

    /// <summary>
    /// The running browser, held for one document: a browser replaced by <see cref="Recycle"/> is closed
    /// when the last document holding it is done. Dispose the lease when the document is printed.
    /// </summary>
    public async Task<BrowserLease> LeaseAsync()
    {
        while (true)
        {
            var browser = await GetAsync();
            lock (_gate)
            {
                // A browser replaced in the meantime takes no new documents: take the current one.
                if (_live.Contains(browser) && !_retiring.Contains(browser))
                {
                    _printing[browser] = _printing.GetValueOrDefault(browser) + 1;
                    return new BrowserLease(browser, this);
                }
            }
        }
    }

    private void Release(IBrowser browser)
    {
        lock (_gate)
        {
            if (_printing.GetValueOrDefault(browser) > 1)
            {
                _printing[browser]--;
                return;
            }
            _printing.Remove(browser);
            if (!_retiring.Remove(browser))
            {
                return;
            }
            _live.Remove(browser);
        }
        _ = CloseQuietlyAsync(browser);
    }

    /// <summary>One document's hold on a browser.</summary>
    public sealed class BrowserLease(IBrowser browser, ChromiumBrowser owner) : IDisposable
    {
        private int _released;

        public IBrowser Browser { get; } = browser;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(Browser);
            }
        }
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

    /// <summary>
    /// Where the browser stands, without starting one (for the admin's home, which must answer at once):
    /// <see cref="BrowserState.Running"/>, still starting, not started yet (<c>Pdf:StartOnBoot</c> off and no
    /// document printed), or failed with the reason. <see cref="StatusAsync"/> is the full check that starts it.
    /// </summary>
    public (BrowserState State, string Detail) Peek()
    {
        lock (_gate)
        {
            return _launch switch
            {
                null => (BrowserState.NotStarted, ""),
                { IsCompletedSuccessfully: true } done => done.Result.IsConnected ? (BrowserState.Running, "") : (BrowserState.Failed, "Chromium disconnected."),
                { IsFaulted: true } failed => (BrowserState.Failed, failed.Exception?.GetBaseException().Message ?? ""),
                _ => (BrowserState.Starting, ""),
            };
        }
    }

    /// <summary>
    /// Launches a fresh browser in the background and makes it the current one when it is up; the old
    /// one keeps printing what it has and is closed when its last document is done (at once when it has none).
    /// </summary>
    public void Recycle(IBrowser old)
    {
        lock (_gate)
        {
            if (_recycling || _stopped || _launch is not { IsCompletedSuccessfully: true } current || current.Result != old)
            {
                return;
            }
            _recycling = true;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                var fresh = await LaunchAsync();
                bool stopped;
                lock (_gate)
                {
                    stopped = _stopped;
                    if (!stopped)
                    {
                        _launch = Task.FromResult(fresh);
                    }
                }
                if (stopped)
                {
                    await CloseQuietlyAsync(fresh);
                    return;
                }
                _logger.LogInformation("Chromium recycled.");
                bool idle;
                lock (_gate)
                {
                    idle = !_printing.ContainsKey(old);
                    if (idle)
                    {
                        _live.Remove(old);
                    }
                    else
                    {
                        _retiring.Add(old);
                    }
                }
                if (idle)
                {
                    await CloseQuietlyAsync(old);
                }
            }
            catch (PdfUnavailableException e)
            {
                _logger.LogWarning("Chromium could not be recycled; the running one stays: {Problem}", e.Message);
            }
            finally
            {
                lock (_gate)
                {
                    _recycling = false;
                }
            }
        });
    }

    // A browser that died (crash, killed) is replaced straight away, so the next document does not wait for the launch.
    private void OnDisconnected(IBrowser browser)
    {
        lock (_gate)
        {
            _live.Remove(browser);
            _retiring.Remove(browser);
            if (_stopped || _launch is not { IsCompletedSuccessfully: true } current || current.Result != browser)
            {
                return;
            }
            _logger.LogWarning("Chromium disconnected; starting it again.");
            _launch = null;
        }
        _ = LaunchOrReuse().ContinueWith(
            t => _logger.LogWarning("Chromium could not be started again: {Problem}", t.Exception?.GetBaseException().Message),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private async Task CloseQuietlyAsync(IBrowser browser)
    {
        lock (_gate)
        {
            _live.Remove(browser);
            _retiring.Remove(browser);
        }
        try
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }
        catch (Exception e) when (e is PuppeteerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // Already gone.
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
        var whyNoSandbox = ChromiumSandbox.WhyNot(ChromiumSandbox.Current(path));
        if (whyNoSandbox is not null)
        {
            _logger.LogWarning("Chromium runs without its sandbox: {Reason}", whyNoSandbox);
        }
        try
        {
            IBrowser browser;
            try
            {
                browser = await LaunchAsync(path, ChromiumSandbox.Arguments(_arguments, whyNoSandbox));
            }
            catch (PuppeteerException e) when (whyNoSandbox is null)
            {
                // A container's seccomp or AppArmor policy can forbid the namespaces the sandbox needs.
                _logger.LogWarning("Chromium runs without its sandbox: it could not start with it here ({Message})", e.Message);
                browser = await LaunchAsync(path, ChromiumSandbox.Arguments(_arguments, e.Message));
            }
            _logger.LogInformation("Chromium started from {Path}", path);
            browser.Disconnected += (_, _) => OnDisconnected(browser);
            lock (_gate)
            {
                _live.Add(browser);
            }
            return browser;
        }
        catch (Exception e) when (e is PuppeteerException or IOException or System.ComponentModel.Win32Exception)
        {
            throw new PdfUnavailableException($"Chromium at '{path}' could not be started ({e.Message}). " + ChromiumLocator.InstallHint);
        }
    }

    private Task<IBrowser> LaunchAsync(string path, string[] arguments) => Puppeteer.LaunchAsync(new LaunchOptions
    {
        Headless = true,
        ExecutablePath = path,
        Args = arguments,
        Timeout = 60_000,
        // Over a pipe, Chromium exits with the app even when the app is killed: no orphaned browsers.
        Pipe = true,
    }, loggerFactory);

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
        List<IBrowser> retiring;
        lock (_gate)
        {
            launch = _launch;
            _launch = null;
            _stopped = true;
            retiring = [.. _retiring];
        }
        foreach (var old in retiring)
        {
            await CloseQuietlyAsync(old);
        }
        if (launch is null)
        {
            return;
        }
        try
        {
            // A launch still under way finishes first, so its process is not left behind.
            await CloseQuietlyAsync(await launch);
        }
        catch (PdfUnavailableException)
        {
            // There was no browser to close.
        }
    }
}
