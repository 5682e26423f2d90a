using PuppeteerSharp.Input;

namespace Configurator.Web.Tests.Browser;

/// <summary>Journey 2: a rep creates an account and an opportunity, captures pain points from the keyboard and maps the decision chain.</summary>
public sealed class RepJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ARepCapturesPainPointsFromTheKeyboardAndMapsTheDecisionChain()
    {
        await using var rep = await app.SessionAsync("2-rep");
        var page = rep.Page;

        await rep.StepAsync("sign in and create an account", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await rep.GoAsync("/accounts/new");
            await rep.AssertAccessibleAsync();
            await page.TypeAsync("#Name", "Fjordline Logistics");
            await page.TypeAsync("#Industry", "Logistics");
            await page.SelectAsync("#Region", "Nordics");
            await rep.ClickAndWaitForPageAsync("form[action='/accounts/new'] button[type=submit]");
            Assert.Contains("/accounts/", page.Url);
            await rep.WaitForTextAsync("h1", "Fjordline Logistics");
        });

        await rep.StepAsync("create an opportunity", async () =>
        {
            await page.TypeAsync("#opportunity-name", "Winter peak 2027");
            await page.EvaluateExpressionAsync("document.querySelector('#opportunity-currency').value = ''");
            await page.TypeAsync("#opportunity-currency", "EUR");
            await rep.ClickAndWaitForPageAsync("form[action$='/opportunities'] button[type=submit]");
            Assert.Contains("/opportunities/", page.Url);
            await rep.ScreenshotAsync("opportunity-empty");
        });

        await rep.StepAsync("capture five pain points from the keyboard", async () =>
        {
            string[] pains = ["Orders ship late in the peak", "Stock counts never match", "Pickers walk too far", "Returns take weeks", "Nobody sees carrier delays"];
            for (var i = 0; i < pains.Length; i++)
            {
                await page.FocusAsync("#pain-title");
                await page.Keyboard.TypeAsync(pains[i]);
                await page.Keyboard.PressAsync(Key.Tab);          // category: the arrow keys pick one
                for (var down = 0; down <= i % 3; down++)
                {
                    await page.Keyboard.PressAsync(Key.ArrowDown);
                }
                await page.Keyboard.PressAsync(Key.Tab);          // severity
                await page.Keyboard.TypeAsync((5 - (i % 3)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                await page.Keyboard.PressAsync(Key.Tab);          // annual impact
                await page.Keyboard.TypeAsync($"{(i + 1) * 25000}");
                await page.Keyboard.PressAsync(Key.Enter);
                await page.WaitForFunctionAsync("n => document.querySelectorAll('#pain-list > li').length >= n", i + 1);
                // Focus comes back to the title for the next one.
                await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'pain-title'");
            }
            var list = await rep.TextAsync("#pain-list");
            Assert.All(pains, p => Assert.Contains(p, list));
            await rep.AssertAccessibleAsync();
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await rep.ScreenshotAsync("pain-points-captured");
        });

        await rep.StepAsync("add three people and watch the warnings change", async () =>
        {
            Assert.Contains("No economic buyer is known", await rep.TextAsync("#decision-chain"));
            Assert.Contains("No champion is known", await rep.TextAsync("#decision-chain"));
            (string Name, string Role, string Stance, string Missing)[] people =
            [
                ("Ingrid Berg", "economic-buyer", "supporter", "No economic buyer is known"),
                ("Ola Nordmann", "champion", "supporter", "No champion is known"),
                ("Kari Holm", "technical-evaluator", "opponent", ""),
            ];
            await page.ClickAsync("#decision-chain details.chain__add > summary");
            foreach (var person in people)
            {
                // "Add a person" stays open after each success, ready for the next one.
                await page.WaitForSelectorAsync("#person-name", new PuppeteerSharp.WaitForSelectorOptions { Visible = true });
                await page.TypeAsync("#person-name", person.Name);
                await page.TypeAsync("#person-email", person.Name.ToLowerInvariant().Replace(' ', '.') + "@nordby.example");
                await page.SelectAsync("#person-role", person.Role);
                await page.SelectAsync("#person-stance", person.Stance);
                await page.ClickAsync("#decision-chain form button[type=submit]");
                await rep.WaitForTextAsync("#decision-chain", person.Name);
                if (person.Missing.Length > 0)
                {
                    await page.WaitForFunctionAsync("t => !document.querySelector('#decision-chain').innerText.includes(t)", person.Missing);
                }
            }
            Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('#stakeholder-add').open"));
            var chain = await rep.TextAsync("#decision-chain");
            Assert.Contains("kari.holm@nordby.example", chain);
            Assert.DoesNotContain("No economic buyer is known", chain);
            Assert.DoesNotContain("No champion is known", chain);
            Assert.Contains("Kari Holm", chain);
            await rep.AssertAccessibleAsync();
            await rep.ScreenshotAsync("decision-chain");
        });

        Assert.Empty(rep.Problems);
    }
}
