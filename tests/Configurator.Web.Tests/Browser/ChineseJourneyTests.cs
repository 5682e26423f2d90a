using Configurator.Web.Tests.Localization;
using PuppeteerSharp;

namespace Configurator.Web.Tests.Browser;

/// <summary>
/// A rep works in Chinese: picks the language in the header, finds the deals, captures a pain point with an
/// amount typed the Chinese way, meets a refusal in Chinese, and finds the choice kept at the next sign-in.
/// Expected words come from the Chinese resources, so the journey checks the page, not a copy of the text.
/// </summary>
public sealed class ChineseJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly Dictionary<string, string> _chinese = TranslationResources.ChineseEntries()
        .GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static string Zh(string english) =>
        _chinese.TryGetValue(english, out var text) ? text : throw new Xunit.Sdk.XunitException($"No Chinese for \"{english}\".");

    [Fact]
    public async Task ARepSwitchesToChineseAndCapturesAPainPointInChinese()
    {
        await using var rep = await app.SessionAsync("chinese-rep");
        var page = rep.Page;

        await rep.StepAsync("the header's switch turns the interface Chinese", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            Assert.Equal("en", await Lang(page));
            await rep.ClickAndWaitForPageAsync(".language-switch button[value='zh-CN']");
            Assert.Equal("zh-CN", await Lang(page));
            Assert.Equal(Zh("Opportunities"), (await rep.TextAsync("nav a[href='/opportunities']")).Trim());
        });

        await rep.StepAsync("the deals, in Chinese, on a desk and on a phone", async () =>
        {
            await rep.ClickAndWaitForPageAsync("nav a[href='/opportunities']");
            Assert.Equal(Zh("Opportunities"), (await rep.TextAsync("h1")).Trim());
            await rep.AssertAccessibleAsync();
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await rep.ScreenshotAsync("opportunities");
        });

        await rep.StepAsync("a pain point: refused in Chinese, then its amount understood from 22万", async () =>
        {
            await rep.ClickAndWaitForPageAsync("#opportunity-table tbody tr:first-child a[href^='/opportunities/']");
            Assert.Equal(Zh("Pain points, most pressing first"), (await rep.TextAsync("#pain-heading")).Trim());
            await page.FocusAsync("#pain-title");
            await page.Keyboard.TypeAsync("月底对账靠手工，经常出错");
            await page.Keyboard.PressAsync(PuppeteerSharp.Input.Key.Enter);
            await rep.WaitForTextAsync("#pain-capture .field__error", Zh("Choose a category."));
            await rep.FillAsync("#pain-impact", "22万");
            await page.Keyboard.PressAsync("Tab");
            await page.WaitForFunctionAsync("() => document.querySelector('#pain-impact-understood').innerText.includes('220,000')");
            await rep.AssertAccessibleAsync();
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await rep.ScreenshotAsync("pain-capture");
        });

        await rep.StepAsync("the choice is kept on the profile: Chinese again after signing in anew", async () =>
        {
            await rep.SignOutAsync();
            await rep.SignInAsync("rep@demo.local");
            Assert.Equal("zh-CN", await Lang(page));
            await rep.ClickAndWaitForPageAsync(".language-switch button[value='en']");
            Assert.Equal("en", await Lang(page));
        });

        Assert.Empty(rep.Problems);
    }

    private static Task<string> Lang(IPage page) => page.EvaluateExpressionAsync<string>("document.documentElement.lang");
}
