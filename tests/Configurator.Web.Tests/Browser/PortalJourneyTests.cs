using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Tests.Browser;

/// <summary>The client's journey at phone width, in a fresh browser with no session: open the link, choose, sign on the canvas, accept; then presales see the proposal won.</summary>
public sealed class PortalJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task AClientOpensChoosesSignsAndAcceptsOnAPhoneAndPresalesSeeItWon()
    {
        var rep = await app.ApiAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Harbour Foods" })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = "Cold chain",
            currency = "EUR",
            stakeholders = new[] { new { key = "cfo", name = "Dana Smith", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 } },
            painPoints = new[] { new { title = "Counts drift every month", category = "STOCK-ERRORS", severity = 5, annualImpact = 300000m, raisedBy = "cfo" } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiAsync("presales@demo.local");
        var created = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = "Cold chain proposal", language = "en", termMonths = 24, recommend = true });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal("approved", (await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { })).StatusCode);
        var sent = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/send", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var options = sent.GetProperty("options").EnumerateArray().ToList();
        var scene = new PortalScenarios.Sent(presales, id, opportunity.GetProperty("id").GetInt32(), sent.GetProperty("sentRevision").GetInt32(),
            options.Select(o => o.GetProperty("id").GetInt32()).ToList(), options.Select(o => o.GetProperty("name").GetString()!).ToList());
        var (token, _) = await app.LinkAsync(scene);
        var chosen = scene.OptionNames[^1];

        await using var client = await app.SessionAsync("18-portal");
        var page = client.Page;
        await page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = BrowserSession.Phone, Height = 844 });

        await client.StepAsync("open the link: only who sent what", async () =>
        {
            await client.GoAsync($"/p/{token}");
            await client.WaitForTextAsync("h1", "A proposal for Harbour Foods");
            Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.portal-option').length"));
            await client.AssertAccessibleAsync();
        });

        await client.StepAsync("open the proposal", async () =>
        {
            await client.ClickAndWaitForPageAsync("form button[type=submit]");
            await client.WaitForTextAsync(".portal-option h3", chosen);
            await client.AssertAccessibleAsync();
            await client.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await client.ScreenshotAsync("proposal");
            await page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = BrowserSession.Phone, Height = 844 });
        });

        await client.StepAsync("choose an option", async () =>
        {
            await client.ClickAndWaitForPageAsync($"#option-{scene.OptionIds[^1]} form button[type=submit]");
            Assert.Equal("true", await page.EvaluateExpressionAsync<string>($"document.querySelector('#option-{scene.OptionIds[^1]} button').getAttribute('aria-pressed')"));
        });

        await client.StepAsync("sign on the canvas and accept", async () =>
        {
            await page.EvaluateExpressionAsync("document.querySelector('[data-signature-canvas]').scrollIntoView()");
            var box = await (await page.QuerySelectorAsync("[data-signature-canvas]")).BoundingBoxAsync();
            Assert.NotNull(box);
            await page.Mouse.MoveAsync(box.X + 20, box.Y + box.Height / 2);
            await page.Mouse.DownAsync();
            for (var i = 1; i <= 12; i++)
            {
                await page.Mouse.MoveAsync(box.X + 20 + i * (box.Width - 40) / 12, box.Y + box.Height / 2 + (i % 2 == 0 ? -15 : 15));
            }
            await page.Mouse.UpAsync();
            Assert.StartsWith("data:image/png;base64,", await page.EvaluateExpressionAsync<string>("document.querySelector('[data-signature-input]').value"));
            await client.FillAsync("#accept-name", "Dana Smith");
            await client.FillAsync("#accept-title", "CFO");
            await page.ClickAsync("input[name=authorised][type=checkbox]");
            await client.ClickAndWaitForPageAsync("#accept button[type=submit]");
            await client.WaitForTextAsync("#decision", "Thank you: the proposal is accepted");
            await client.WaitForTextAsync("#decision", chosen);
            await client.AssertAccessibleAsync();
            await client.ScreenshotAsync("accepted");
        });

        var signature = await app.ReadAsync(db => db.ClientDecisions.Where(d => d.ProposalId == id).Select(d => d.SignaturePng).SingleAsync());
        Assert.True(signature is { Length: > 100 });

        await using var staff = await app.SessionAsync("18-portal-presales");
        await staff.StepAsync("presales see the proposal won", async () =>
        {
            await staff.SignInAsync("presales@demo.local");
            await staff.GoAsync($"/proposals/{id}");
            await staff.WaitForTextAsync("#builder-status", "Won");
        });
        Assert.Empty(client.Problems);
        Assert.Empty(staff.Problems);
    }
}
