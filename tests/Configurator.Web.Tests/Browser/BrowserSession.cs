using System.Text.Json;
using PuppeteerSharp;

namespace Configurator.Web.Tests.Browser;

/// <summary>
/// One person's browser tab. Every step waits on a condition (a selector, a text, a response), never a
/// fixed sleep; a failing step saves a screenshot and the page's HTML next to the journey's screenshots.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const int Desktop = 1280;
    public const int Phone = 390;

    private static readonly Lazy<string> _axe = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "axe", "axe.min.js")));
    private readonly BrowserApp _app;
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserSession(BrowserApp app, IBrowserContext context, IPage page, string journey)
    {
        _app = app;
        _context = context;
        Page = page;
        Folder = Path.Combine(OutputRoot, journey);
        Directory.CreateDirectory(Folder);
        // What a failure saved last time would be mistaken for this run's.
        foreach (var stale in Directory.EnumerateFiles(Folder, "FAILED-*"))
        {
            File.Delete(stale);
        }
    }

    /// <summary>Where screenshots go: test-output/browser at the repository root (BROWSER_OUTPUT overrides it).</summary>
    public static string OutputRoot => Environment.GetEnvironmentVariable("BROWSER_OUTPUT") is { Length: > 0 } configured
        ? configured
        : Path.Combine(RepositoryRoot(), "test-output", "browser");

    public IPage Page { get; }

    public string Folder { get; }

    /// <summary>Script errors and failed requests seen so far (a journey asserts there are none).</summary>
    public IReadOnlyList<string> Problems => _problems;

    internal static async Task<BrowserSession> StartAsync(BrowserApp app, IBrowserContext context, IPage page, string journey)
    {
        var session = new BrowserSession(app, context, page, journey);
        // axe-core is injected by the test; the app's CSP (rightly) allows no inline script.
        await page.SetBypassCSPAsync(true);
        await page.SetViewportAsync(new ViewPortOptions { Width = Desktop, Height = 900 });
        page.PageError += (_, e) => session._problems.Add($"script error: {e.Message}");
        page.RequestFailed += (_, e) =>
        {
            if (e.Request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && e.Request.FailureText != "net::ERR_ABORTED")
            {
                session._problems.Add($"request failed: {e.Request.Url} {e.Request.FailureText}");
            }
        };
        page.Response += (_, e) =>
        {
            if (e.Response.Status >= System.Net.HttpStatusCode.InternalServerError)
            {
                session._problems.Add($"{(int)e.Response.Status} from {e.Response.Url}");
            }
        };
        page.DefaultTimeout = 15_000;
        return session;
    }

    /// <summary>Runs one step of a journey; when it fails, the page as it was is saved for a person to look at.</summary>
    public async Task StepAsync(string name, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception)
        {
            var file = Path.Combine(Folder, "FAILED-" + Slug(name));
            try
            {
                await Page.ScreenshotAsync(file + ".png", new ScreenshotOptions { FullPage = true });
                await File.WriteAllTextAsync(file + ".html", await Page.GetContentAsync());
            }
            catch (PuppeteerException)
            {
                // The page itself is gone; the exception below says why.
            }
            throw;
        }
    }

    public async Task GoAsync(string path)
    {
        var response = await Page.GoToAsync(_app.BaseUrl + path, WaitUntilNavigation.Load);
        Assert.True(response is { Ok: true }, $"GET {path} answered {(int?)response?.Status}");
    }

    public async Task SignInAsync(string email, string password = "Demo!2026")
    {
        await GoAsync("/login");
        await Page.TypeAsync("#Email", email);
        await Page.TypeAsync("#Password", password);
        await Task.WhenAll(Page.WaitForNavigationAsync(), Page.ClickAsync("button[type=submit]"));
        Assert.DoesNotContain("/login", Page.Url);
    }

    public async Task SignOutAsync()
    {
        await Task.WhenAll(Page.WaitForNavigationAsync(), Page.ClickAsync("form[action='/logout'] button"));
    }

    /// <summary>Replaces what a field holds with <paramref name="text"/>, typed key by key as a person would.</summary>
    public async Task FillAsync(string selector, string text)
    {
        await Page.ClickAsync(selector, new PuppeteerSharp.Input.ClickOptions { Count = 3 });
        await Page.Keyboard.PressAsync("Backspace");
        await Page.TypeAsync(selector, text);
    }

    /// <summary>Clicks and waits for the page that follows (a form post and its redirect).</summary>
    public Task ClickAndWaitForPageAsync(string selector) =>
        Task.WhenAll(Page.WaitForNavigationAsync(new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }), Page.ClickAsync(selector));

    /// <summary>Waits until the element shows the text (htmx swaps land asynchronously).</summary>
    public Task WaitForTextAsync(string selector, string text) =>
        Page.WaitForFunctionAsync(
            "(selector, text) => [...document.querySelectorAll(selector)].some(e => e.innerText.includes(text))",
            new WaitForFunctionOptions { Timeout = 15_000 }, selector, text);

    public async Task<string> TextAsync(string selector) =>
        await Page.EvaluateFunctionAsync<string>("s => document.querySelector(s)?.innerText ?? ''", selector);

    /// <summary>Saves the page at desktop and phone width as NAME-1280.png and NAME-390.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        foreach (var width in new[] { Desktop, Phone })
        {
            await Page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
            await Page.ScreenshotAsync(Path.Combine(Folder, $"{Slug(name)}-{width}.png"), new ScreenshotOptions { FullPage = true });
        }
        await Page.SetViewportAsync(new ViewPortOptions { Width = Desktop, Height = 900 });
    }

    /// <summary>Nothing on the page is wider than the window: no table or form runs off the side.</summary>
    public async Task AssertNoHorizontalOverflowAsync(int width)
    {
        await Page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        var overflow = await Page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await Page.SetViewportAsync(new ViewPortOptions { Width = Desktop, Height = 900 });
        Assert.True(overflow <= 1, $"{Page.Url} is {overflow}px wider than a {width}px window");
    }

    /// <summary>axe-core finds no serious or critical violation on the page as it is now.</summary>
    public async Task AssertAccessibleAsync()
    {
        if (!await Page.EvaluateExpressionAsync<bool>("typeof window.axe !== 'undefined'"))
        {
            await Page.EvaluateExpressionAsync(_axe.Value);
        }
        var result = await Page.EvaluateExpressionAsync<JsonElement>(
            "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))");
        var violations = result.EnumerateArray().Select(v => $"{v.GetProperty("impact")}: {v.GetProperty("id")} — {v.GetProperty("help")} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray())}").ToList();
        Assert.True(violations.Count == 0, $"{Page.Url}:\n{string.Join("\n", violations)}");
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private static string Slug(string name) => string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Configurator.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
