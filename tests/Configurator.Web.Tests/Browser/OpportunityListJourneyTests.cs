using System.Net.Http.Json;
using System.Text.Json;

namespace Configurator.Web.Tests.Browser;

/// <summary>Journey: a rep asks "where is my work?" — the opportunities list, filtered and sorted in place, with an overdue next step marked.</summary>
public sealed class OpportunityListJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ARepFindsTheirDealsFiltersThemInPlaceAndSeesWhatIsOverdue()
    {
        var api = await app.ApiAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = "Overdue Outfitters", region = "Nordics", allowSimilar = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var deal = await (await api.PostAsJsonAsync("/api/v1/opportunities", new { accountId = account.GetProperty("id").GetInt32(), name = "Overdue pilot", currency = "EUR", budget = 500_000_000 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var patched = await api.PatchAsJsonAsync($"/api/v1/opportunities/{deal.GetProperty("id").GetInt32()}", new { nextStep = "Send the pilot plan", nextStepDue = "2020-03-01", version = 1 });
        Assert.True(patched.IsSuccessStatusCode);

        await using var rep = await app.SessionAsync("opportunity-list");
        var page = rep.Page;

        await rep.StepAsync("open my opportunities from the navigation", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await rep.ClickAndWaitForPageAsync("nav a[href='/opportunities']");
            Assert.EndsWith("/opportunities", page.Url);
            var owners = await page.EvaluateExpressionAsync<string[]>("[...new Set([...document.querySelectorAll('#opportunity-table td[data-label=Owner]')].map(td => td.innerText.trim()))]");
            Assert.Equal(["Riley Rep"], owners);
            await rep.AssertAccessibleAsync();
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await rep.ScreenshotAsync("mine");
        });

        await rep.StepAsync("on a phone the first deal shows on the first screen, below the filters", async () =>
        {
            await page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = BrowserSession.Phone, Height = 844, IsMobile = true, HasTouch = true });
            await page.EvaluateExpressionAsync("window.scrollTo(0, 0)");
            var firstDeal = await page.EvaluateExpressionAsync<double>("document.querySelector('#opportunity-table tbody tr').getBoundingClientRect().top");
            Assert.True(firstDeal < 844 - 100, $"the first deal starts at {firstDeal}px, below a 844px phone screen");
            await page.ScreenshotAsync(Path.Combine(rep.Folder, "mine-phone-first-screen.png"));
            await page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = BrowserSession.Desktop, Height = 900 });
        });

        await rep.StepAsync("sort by the largest budget: among the euro deals the big overdue one comes first, marked", async () =>
        {
            const string firstEuroRow = "[...document.querySelectorAll('#opportunity-table tbody tr')].find(tr => tr.querySelector('td[data-label=Budget]').innerText.trim().startsWith('EUR'))";
            await page.SelectAsync("#opportunity-sort", "-value");
            await page.WaitForFunctionAsync($"() => location.search.includes('sort=-value') && ({firstEuroRow})?.innerText.includes('Overdue pilot')");
            var first = await page.EvaluateExpressionAsync<string>($"({firstEuroRow}).innerText");
            Assert.Contains("overdue since", first);
            Assert.Contains("row--overdue", await page.EvaluateExpressionAsync<string>($"({firstEuroRow}).className"));
            await rep.ScreenshotAsync("by-value");
        });

        await rep.StepAsync("only won deals, of anyone", async () =>
        {
            await page.SelectAsync("#opportunity-owner", "anyone");
            await page.WaitForFunctionAsync("() => location.search.includes('owner=anyone')");
            await page.SelectAsync("#opportunity-stage", "won");
            await page.WaitForFunctionAsync("() => location.search.includes('stage=won') && !document.querySelector('#opportunity-results').innerText.includes('Overdue pilot')");
            var stages = await page.EvaluateExpressionAsync<string[]>("[...new Set([...document.querySelectorAll('#opportunity-table td[data-label=Stage]')].map(td => td.innerText.trim()))]");
            Assert.Equal(["Won"], stages);
            await rep.AssertAccessibleAsync();
        });

        await rep.StepAsync("a close date range that holds nothing says so", async () =>
        {
            await page.EvaluateExpressionAsync("(() => { const f = document.querySelector('#opportunity-close-to'); f.value = '2000-01-31'; f.dispatchEvent(new Event('change', { bubbles: true })); })()");
            await rep.WaitForTextAsync("#opportunity-results", "No opportunity matches");
            await rep.ScreenshotAsync("nothing-matches");
        });
    }
}
