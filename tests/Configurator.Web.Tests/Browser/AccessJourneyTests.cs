using System.Net.Http.Json;
using System.Text.Json;

namespace Configurator.Web.Tests.Browser;

/// <summary>Journey 5: each role sees only the navigation and actions it may use, and a direct URL to anything else is refused.</summary>
public sealed class AccessJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<int> ProposalAsync()
    {
        var rep = await app.ApiAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Access Oy", allowSimilar = true })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = "Access",
            currency = "EUR",
            painPoints = new object[] { new { title = "Counts drift", category = "STOCK-ERRORS", severity = 4 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiAsync("presales@demo.local");
        var proposal = await (await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = "Access proposal", termMonths = 12, recommend = true })).Content.ReadFromJsonAsync<JsonElement>();
        return proposal.GetProperty("id").GetInt32();
    }

    public static TheoryData<string, string[], string[], string[]> Roles => new()
    {
        // email, navigation seen, builder actions seen, pages refused
        { "rep@demo.local", ["Dashboard", "Opportunities", "Accounts", "Catalogue", "Proposals", "Insights"], [], ["/admin/users", "/admin/brand", "/catalogue/items/new"] },
        { "presales@demo.local", ["Dashboard", "Opportunities", "Accounts", "Catalogue", "Proposals", "Insights"], ["Submit", "Update", "Withdraw"], ["/admin/users", "/admin/pdf", "/catalogue/import"] },
        { "product@demo.local", ["Dashboard", "Opportunities", "Accounts", "Catalogue", "Proposals", "Insights"], [], ["/admin/users", "/admin/brand"] },
        { "approver@demo.local", ["Dashboard", "Opportunities", "Accounts", "Catalogue", "Proposals", "Insights"], [], ["/admin/users", "/catalogue/items/new"] },
        { "admin@demo.local", ["Dashboard", "Opportunities", "Accounts", "Catalogue", "Proposals", "Insights", "Admin"], ["Submit", "Update", "Withdraw"], [] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRoleSeesItsNavigationAndActionsAndIsRefusedTheRest(string email, string[] navigation, string[] actions, string[] refused)
    {
        var proposal = await ProposalAsync();
        await using var person = await app.SessionAsync("5-access-" + email.Split('@')[0]);
        var page = person.Page;

        await person.StepAsync("navigation", async () =>
        {
            await person.SignInAsync(email);
            var items = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('nav.nav a')].map(a => a.innerText.trim())");
            Assert.Equal(navigation, items);
            await person.AssertAccessibleAsync();
            await person.ScreenshotAsync("dashboard");
        });

        await person.StepAsync("builder actions", async () =>
        {
            await person.GoAsync($"/proposals/{proposal}");
            var buttons = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#workspace button, .workflow button')].map(b => b.innerText.trim())");
            foreach (var action in new[] { "Submit", "Update", "Approve", "Withdraw" })
            {
                if (actions.Any(a => action.StartsWith(a, StringComparison.Ordinal)))
                {
                    Assert.Contains(buttons, b => b.StartsWith(action, StringComparison.Ordinal));
                }
                else
                {
                    Assert.DoesNotContain(buttons, b => b.StartsWith(action, StringComparison.Ordinal));
                }
            }
        });

        await person.StepAsync("forbidden pages and actions", async () =>
        {
            foreach (var path in refused)
            {
                var response = await page.GoToAsync(app.BaseUrl + path);
                Assert.True(response.Status == System.Net.HttpStatusCode.Forbidden, $"{email} opened {path}: {(int)response.Status}");
            }
            if (email is "rep@demo.local" or "product@demo.local")
            {
                // A hand-made form post to a workflow step the role may not take is refused, token or not.
                await person.GoAsync($"/proposals/{proposal}");
                var status = await page.EvaluateFunctionAsync<int>(
                    "async url => { const token = document.querySelector('meta[name=\"request-verification-token\"]')?.content ?? ''; const body = new URLSearchParams({ version: '1', __RequestVerificationToken: token }); const r = await fetch(url, { method: 'POST', body }); return r.status; }",
                    $"/proposals/{proposal}/actions/submit");
                Assert.Equal(403, status);
            }
        });

        Assert.DoesNotContain(person.Problems, p => !p.StartsWith("403", StringComparison.Ordinal));
    }
}
