using System.Net.Http.Json;
using System.Text.Json;

namespace Configurator.Web.Tests.Browser;

/// <summary>Journey: presales find one client's proposal among the company's, by typing part of its name, then narrow it by status, in place.</summary>
public sealed class ProposalListJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task PresalesFindAClientsProposalsByTypingAndNarrowThemByStatus()
    {
        var rep = await app.ApiAsync("rep@demo.local");
        var presalesApi = await app.ApiAsync("presales@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Findlay Fisheries", region = "Nordics", allowSimilar = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var deal = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId = account.GetProperty("id").GetInt32(), name = "Cold chain", currency = "EUR" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        foreach (var title in new[] { "Cold chain answer", "Cold chain, second thoughts" })
        {
            var created = await presalesApi.PostAsJsonAsync($"/api/v1/opportunities/{deal.GetProperty("id").GetInt32()}/proposals", new { title, language = "en", termMonths = 36, recommend = false });
            Assert.True(created.IsSuccessStatusCode);
        }

        await using var presales = await app.SessionAsync("proposal-list");
        var page = presales.Page;
        const string titles = "[...document.querySelectorAll('#proposal-table td[data-label=\"Proposal title\"]')].map(td => td.innerText.trim())";

        await presales.StepAsync("open the proposals from the navigation and type part of the client's name", async () =>
        {
            await presales.SignInAsync("presales@demo.local");
            await presales.ClickAndWaitForPageAsync("nav a[href='/proposals']");
            await page.TypeAsync("#proposal-q", "findlay");
            await page.WaitForFunctionAsync("() => location.search.includes('q=findlay') && document.querySelectorAll('#proposal-table tbody tr').length === 2");
            Assert.Equal(["Cold chain, second thoughts", "Cold chain answer"], await page.EvaluateExpressionAsync<string[]>(titles));
            Assert.Contains("2 proposals", await presales.TextAsync("#proposal-results"));
            await presales.AssertAccessibleAsync();
            await presales.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await presales.ScreenshotAsync("found");
        });

        await presales.StepAsync("none of them is in review yet, and the page says so", async () =>
        {
            await page.SelectAsync("#proposal-status", "in-review");
            await page.WaitForFunctionAsync("() => location.search.includes('status=in-review')");
            await presales.WaitForTextAsync("#proposal-results", "No proposal matches");
            await presales.ScreenshotAsync("none-in-review");
        });
    }
}
