namespace Configurator.Web.Tests.Browser;

/// <summary>
/// Every interface string about 40% longer and bracketed (the test-only qps-ploc language): the main pages of
/// each role must still fit at desktop and phone width, with nothing running out of its box or the window.
/// </summary>
public sealed class PseudoLocalisationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    // Elements whose content is wider than their own box, outside anything made to scroll or clip;
    // form controls scroll their own text, and visually hidden labels are 1px on purpose.
    private const string Overflowing = """
        (() => {
          const own = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'IMG', 'svg', 'SCRIPT', 'STYLE', 'BR']);
          const clipped = e => { for (let p = e; p && p !== document.body; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
          const found = [];
          for (const e of document.body.querySelectorAll('*')) {
            const box = e.getBoundingClientRect();
            if (own.has(e.tagName) || box.width < 2 || box.height < 2 || e.clientWidth === 0 || clipped(e)) continue;
            if (e.scrollWidth > e.clientWidth + 1) found.push(`${name(e)}: ${e.scrollWidth}px of content in ${e.clientWidth}px ("${e.innerText.slice(0, 60)}")`);
          }
          return found.slice(0, 8);
        })()
        """;

    public static TheoryData<string, string> Pages => new()
    {
        { "rep@demo.local", "/" },
        { "rep@demo.local", "/opportunities" },
        { "admin@demo.local", "/admin/users" },
        { "admin@demo.local", "/admin/users/new" },
        { "admin@demo.local", "/admin/brand" },
        { "presales@demo.local", "/proposals" },
        { "product@demo.local", "/catalogue" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AMainPageFitsWithLongerWords(string email, string path)
    {
        await using var person = await app.SessionAsync("pseudo" + path.Replace('/', '-').TrimEnd('-'));
        await person.StepAsync(path, async () =>
        {
            await person.SignInAsync(email);
            await person.GoAsync(path + (path.Contains('?') ? "&" : "?") + "lang=qps-ploc");
            Assert.StartsWith("[!! ", await person.TextAsync(".nav__item"));
            foreach (var width in new[] { BrowserSession.Desktop, BrowserSession.Phone })
            {
                await person.Page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = width, Height = 900 });
                var overflowing = await person.Page.EvaluateExpressionAsync<string[]>(Overflowing);
                Assert.True(overflowing.Length == 0, $"{path} at {width}px:\n{string.Join("\n", overflowing)}");
                await person.AssertNoHorizontalOverflowAsync(width);
            }
            await person.ScreenshotAsync("page");
        });
        Assert.Empty(person.Problems);
    }

    [Fact]
    public async Task TheSignInPageFitsWithLongerWords()
    {
        await using var visitor = await app.SessionAsync("pseudo-login");
        await visitor.StepAsync("login", async () =>
        {
            await visitor.GoAsync("/login?lang=qps-ploc");
            Assert.StartsWith("[!! Sign in", await visitor.TextAsync("h1"));
            foreach (var width in new[] { BrowserSession.Desktop, BrowserSession.Phone })
            {
                await visitor.Page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = width, Height = 900 });
                Assert.Empty(await visitor.Page.EvaluateExpressionAsync<string[]>(Overflowing));
                await visitor.AssertNoHorizontalOverflowAsync(width);
            }
        });
    }
}
