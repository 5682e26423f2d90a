using System.Net.Http.Json;
using System.Text.Json;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Browser;

/// <summary>
/// Journeys 3 and 4: presales build a proposal from the recommendation, change it in place, add an
/// option, preview and submit; the approver approves from the queue; presales issue a revision and
/// download its PDF.
/// </summary>
public sealed class ProposalJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<int> OpportunityAsync()
    {
        var rep = await app.ApiAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Harbour Foods", allowSimilar = true })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = "Peak season 2027",
            currency = "EUR",
            stakeholders = new object[] { new { key = "cfo", name = "Ingrid Berg", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 } },
            painPoints = new object[]
            {
                new { title = "Orders ship late in the peak", category = "SLOW-FULFIL", severity = 5, annualImpact = 240000m, raisedBy = "cfo" },
                new { title = "Stock counts never match", category = "STOCK-ERRORS", severity = 4, annualImpact = 180000m },
            },
        })).Content.ReadFromJsonAsync<JsonElement>();
        return opportunity.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task PresalesBuildAndSubmitTheApproverApprovesAndTheRevisionIsIssuedAsAPdf()
    {
        var opportunity = await OpportunityAsync();
        await using var presales = await app.SessionAsync("3-presales");
        var page = presales.Page;
        var builderUrl = "";

        await presales.StepAsync("create a proposal from the recommendation", async () =>
        {
            await presales.SignInAsync("presales@demo.local");
            await presales.GoAsync($"/opportunities/{opportunity}");
            await page.ClickAsync("details:has(#proposal-title) > summary");
            await page.EvaluateExpressionAsync("document.querySelector('#proposal-title').value = ''");
            await page.TypeAsync("#proposal-title", "Peak season proposal");
            await presales.ClickAndWaitForPageAsync($"form[action='/opportunities/{opportunity}/proposals'] button[type=submit]");
            Assert.Matches("/proposals/\\d+$", page.Url);
            builderUrl = new Uri(page.Url).AbsolutePath;
            await presales.WaitForTextAsync("h1", "Peak season proposal");
            await presales.AssertAccessibleAsync();
            await presales.AssertNoHorizontalOverflowAsync(BrowserSession.Desktop);
            await presales.ScreenshotAsync("builder");
        });

        await presales.StepAsync("change a quantity and a discount beyond its limit, without a reload", async () =>
        {
            await page.EvaluateExpressionAsync("window.stillTheSamePage = true");
            var before = await presales.TextAsync(".figures__strong");
            var quantity = await page.QuerySelectorAsync("input[id^=quantity-]");
            var lineId = (await quantity.EvaluateFunctionAsync<string>("e => e.id"))["quantity-".Length..];
            await quantity.ClickAsync(new PuppeteerSharp.Input.ClickOptions { Count = 3 });
            await page.Keyboard.TypeAsync("40");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("before => document.querySelector('.figures__strong').innerText !== before", before);

            var limit = await page.EvaluateFunctionAsync<string>("id => document.querySelector(`label[for=discount-${id}] .muted`).innerText", lineId);
            var beyond = decimal.Parse(limit.Trim('(', ')').Replace("limit ", ""), System.Globalization.CultureInfo.InvariantCulture) + 5;
            await page.ClickAsync($"#discount-{lineId}", new PuppeteerSharp.Input.ClickOptions { Count = 3 });
            await page.Keyboard.TypeAsync(beyond.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Keyboard.PressAsync("Enter");
            await presales.WaitForTextAsync(".builder__panel", "Needs an approver");

            Assert.True(await page.EvaluateExpressionAsync<bool>("window.stillTheSamePage === true"), "the page was reloaded");
            Assert.NotEqual(before, await presales.TextAsync(".figures__strong"));
            Assert.Contains("Orders ship late in the peak", await presales.TextAsync("#workspace"));
            await presales.ScreenshotAsync("needs-approval");
        });

        await presales.StepAsync("reach every control of the builder from the keyboard", async () =>
        {
            await page.EvaluateExpressionAsync("document.activeElement?.blur(); window.scrollTo(0, 0)");
            var reached = new HashSet<string>();
            for (var i = 0; i < 250; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                reached.Add(await page.EvaluateExpressionAsync<string>(
                    "(e => e ? (e.id || e.getAttribute('name') || e.innerText || e.tagName).trim() : '')(document.activeElement)"));
            }
            Assert.Contains(reached, r => r.StartsWith("quantity-", StringComparison.Ordinal));
            Assert.Contains(reached, r => r.StartsWith("discount-", StringComparison.Ordinal));
            Assert.Contains(reached, r => r.StartsWith("Submit", StringComparison.Ordinal));
            Assert.Contains(reached, r => r.Contains("Add option", StringComparison.Ordinal));
            Assert.Contains(reached, r => r.Contains("Preview the document", StringComparison.Ordinal));
        });

        await presales.StepAsync("add a Better option copied from this one", async () =>
        {
            await page.ClickAsync("details.tabs__add > summary");
            await page.TypeAsync("#option-name", "Better");
            await presales.ClickAndWaitForPageAsync("details.tabs__add button[type=submit]");
            await presales.WaitForTextAsync("nav.tabs", "Better");
        });

        await presales.StepAsync("preview the document", async () =>
        {
            await presales.ClickAndWaitForPageAsync("a[href$='/preview']");
            var frame = await page.WaitForSelectorAsync("iframe.document-preview");
            Assert.Equal("", await frame.EvaluateFunctionAsync<string>("f => f.getAttribute('sandbox')"));
            await page.WaitForFunctionAsync("() => { const d = document.querySelector('iframe.document-preview').contentDocument; return d === null || d.readyState === 'complete'; }");
            await presales.AssertAccessibleAsync();
            await presales.ScreenshotAsync("preview");
        });

        await presales.StepAsync("submit for approval, saying why the discount is right", async () =>
        {
            await presales.GoAsync(builderUrl);
            await presales.ClickAndWaitForPageAsync($"form[action='{builderUrl}/actions/submit'] button");
            await presales.WaitForTextAsync("#comment-submit-error", "Say why the discount is right");
            await page.TypeAsync("#comment-submit", "Ingrid signs for three years if we match the rival's price.");
            await presales.ClickAndWaitForPageAsync($"form[action='{builderUrl}/actions/submit'] button");
            await presales.WaitForTextAsync("#workspace", "In review");
            await presales.WaitForTextAsync("[data-edit-warning]", "sends it back to draft");
        });

        var proposalId = builderUrl.Split('/').Last();
        await using var approver = await app.SessionAsync("4-approver");
        await approver.StepAsync("weigh the deal in the queue and approve it there with a comment", async () =>
        {
            await approver.SignInAsync("approver@demo.local");
            await approver.GoAsync("/proposals");
            await approver.WaitForTextAsync("#queue-heading", "Waiting for your approval");
            var row = await approver.TextAsync($"#queue-{proposalId}");
            Assert.Contains("Harbour Foods", row);
            Assert.Contains("Peak season 2027", row);
            Assert.Contains("Ingrid signs for three years if we match the rival's price.", row);
            Assert.Contains("by Pat Presales", row);
            Assert.Matches(@"\d+(\.\d)?% on ", row);
            await approver.AssertAccessibleAsync();
            await approver.AssertNoHorizontalOverflowAsync(BrowserSession.Desktop);
            await approver.ScreenshotAsync("queue");
            await approver.Page.ClickAsync("#queue th a[href*='sort=size']");
            await approver.Page.WaitForSelectorAsync("#queue th[aria-sort] a[href*='sort=size']");
            await approver.Page.EvaluateExpressionAsync("window.stillTheSamePage = true");
            await approver.Page.TypeAsync($"#queue-comment-{proposalId}", "Agreed for a three-year term.");
            await approver.Page.ClickAsync($"#queue-{proposalId} button[type=submit]:not([formaction])");
            await approver.WaitForTextAsync($"#queue-{proposalId}", "approved");
            Assert.True(await approver.Page.EvaluateExpressionAsync<bool>("window.stillTheSamePage === true"), "the page was reloaded");
            await approver.ScreenshotAsync("approved-from-queue");
        });

        await presales.StepAsync("see the approver's comment in the history", async () =>
        {
            await presales.GoAsync(builderUrl);
            await presales.WaitForTextAsync("#history", "Agreed for a three-year term.");
            await presales.WaitForTextAsync("#builder-status", "Approved");
        });

        await presales.StepAsync("issue a revision and download its PDF", async () =>
        {
            await presales.GoAsync(builderUrl);
            await presales.ClickAndWaitForPageAsync($"form[action='{builderUrl}/revisions'] button");
            await presales.WaitForTextAsync("#revisions", "Download");
            await presales.ScreenshotAsync("revision-issued");
            var href = await page.EvaluateExpressionAsync<string>("document.querySelector('#revisions a[href$=\"/pdf\"]').getAttribute('href')");
            var base64 = await page.EvaluateFunctionAsync<string>(
                "async url => { const r = await fetch(url); const b = new Uint8Array(await r.arrayBuffer()); let s = ''; for (const x of b) s += String.fromCharCode(x); return btoa(s); }", href);
            using var pdf = PdfDocument.Open(Convert.FromBase64String(base64));
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Peak season proposal", text);
            Assert.Contains("Harbour Foods", text);
            Assert.Contains("Orders ship late in the peak", text);
            Assert.Contains("Better", text);
            await File.WriteAllBytesAsync(Path.Combine(presales.Folder, "revision-1.pdf"), Convert.FromBase64String(base64));
        });

        Assert.Empty(presales.Problems);
        Assert.Empty(approver.Problems);
    }

    [Fact]
    public async Task PresalesFindItemsByMeaningSwitchTabsWithoutAReloadAndExplainWhatIsLeftOut()
    {
        var opportunity = await OpportunityAsync();
        var api = await app.ApiAsync("presales@demo.local");
        var created = await (await api.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals", new { title = "Meaning proposal" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        var second = await api.PostAsJsonAsync($"/api/v1/proposals/{id}/options", new { name = "Better", version = created.GetProperty("version").GetInt32() });
        Assert.Equal(System.Net.HttpStatusCode.Created, second.StatusCode);
        var builderUrl = $"/proposals/{id}";
        await using var presales = await app.SessionAsync("5-search-by-meaning");
        var page = presales.Page;

        await presales.StepAsync("switch to the second option without a reload", async () =>
        {
            await presales.SignInAsync("presales@demo.local");
            await presales.GoAsync(builderUrl);
            await page.EvaluateExpressionAsync("window.stillTheSamePage = true");
            await page.ClickAsync("#option-tabs a.tabs__tab:nth-of-type(2)");
            await page.WaitForFunctionAsync("() => location.search.includes('option=') && document.querySelector('#option-tabs a[aria-current=page]') === document.querySelectorAll('#option-tabs a.tabs__tab')[1]");
            Assert.True(await page.EvaluateExpressionAsync<bool>("window.stillTheSamePage === true"), "the page was reloaded");
            Assert.Equal("", await presales.TextAsync("#proposal-version"));
        });

        await presales.StepAsync("search by what the client needs: training finds Academy Seats", async () =>
        {
            await page.TypeAsync("#add-item", "training");
            await presales.WaitForTextAsync("#addable-results", "Academy Seats");
            await presales.AssertNoHorizontalOverflowAsync(BrowserSession.Desktop);
            var buttonWraps = await page.EvaluateExpressionAsync<bool>(
                "[...document.querySelectorAll('#addable-results .addable__add')].some(b => b.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(b).lineHeight))");
            Assert.False(buttonWraps, "an Add button wraps");
            await presales.ScreenshotAsync("search-training");
            await page.ClickAsync("#addable-results form:has(input[value='SVC-ACADEMY']) button");
            // The search results sit inside #lines too: wait for the line itself.
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#lines .line__name')].some(n => n.innerText.includes('Academy Seats'))");
        });

        await presales.StepAsync("an item already in the option says so", async () =>
        {
            await page.EvaluateExpressionAsync("document.querySelector('#add-item').value = ''");
            await page.TypeAsync("#add-item", "academy");
            await presales.WaitForTextAsync("#addable-results", "Already in");
            Assert.Null(await page.QuerySelectorAsync("#addable-results form:has(input[value='SVC-ACADEMY']) button"));
        });

        await presales.StepAsync("say why a pain point is left out, saved on leaving the field", async () =>
        {
            var before = await presales.TextAsync("#figures");
            Assert.Contains("Orders ship late in the peak", before);
            var saved = page.WaitForResponseAsync(r => r.Url.Contains("/note"), new PuppeteerSharp.WaitForOptions { Timeout = 10000 });
            await page.TypeAsync("form.why-not textarea", "Their own team fixes it this year.");
            await page.Keyboard.PressAsync("Tab");
            var response = await saved;
            Assert.Equal(200, (int)response.Status);
            // The answer swaps the lines, the pain points and the figures: the written reason satisfies that pain point's warning.
            await page.WaitForFunctionAsync("pain => !document.querySelector('#figures').innerText.includes(pain)",
                new PuppeteerSharp.WaitForFunctionOptions { Timeout = 15_000 }, "Orders ship late in the peak");
            var figures = await presales.TextAsync("#figures");
            Assert.Contains("Stock counts never match", figures);
            Assert.DoesNotContain("Orders ship late in the peak", figures);
            Assert.Equal("Their own team fixes it this year.", await page.EvaluateExpressionAsync<string>("document.querySelector('form.why-not textarea').value"));
        });

        Assert.Empty(presales.Problems);
    }

    [Fact]
    public async Task TheOptionTabsAndTheFiguresStayInViewWhileTheLinesScroll()
    {
        var opportunity = await OpportunityAsync();
        var api = await app.ApiAsync("presales@demo.local");
        var created = await (await api.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals", new { title = "Scrolling proposal", recommend = true })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        var optionId = created.GetProperty("options")[0].GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt32();
        // Enough lines that the option is longer than the window, as a real three-kind solution is.
        foreach (var code in new[] { "SVC-ACADEMY", "SVC-DATA-MIGRATION", "INN-KPI-BOARD", "STD-TRACE", "STD-EDI" })
        {
            // An item the recommendation already holds is refused, which is fine: the option only has to be long.
            await api.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{optionId}/lines", new { itemCode = code, quantity = 1, version });
            version = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("version").GetInt32();
        }
        await using var presales = await app.SessionAsync("6-builder-in-view");
        var page = presales.Page;

        await presales.StepAsync("scroll a 1280 x 800 window down the lines: tabs and figures stay on screen", async () =>
        {
            await presales.SignInAsync("presales@demo.local");
            await page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = BrowserSession.Desktop, Height = 800 });
            await presales.GoAsync($"/proposals/{id}");
            // Down to where the builder's last line and the add-item search fill the window's bottom; below it come
            // the revisions and the history, where the panel rightly scrolls away with the builder.
            var scrollable = await page.EvaluateExpressionAsync<double>(
                "document.querySelector('.builder').getBoundingClientRect().bottom + window.scrollY - window.innerHeight");
            Assert.True(scrollable > 400, $"the builder is only {scrollable}px longer than the window; nothing to check");
            foreach (var fraction in new[] { 0.3, 0.6, 1.0 })
            {
                await page.EvaluateFunctionAsync("y => window.scrollTo(0, y)", (int)(scrollable * fraction));
                await page.WaitForFunctionAsync("y => Math.abs(window.scrollY - y) < 2", new PuppeteerSharp.WaitForFunctionOptions { Timeout = 5_000 }, (int)(scrollable * fraction));
                var box = await page.EvaluateExpressionAsync<JsonElement>(
                    "(() => { const t = document.querySelector('#option-tabs').getBoundingClientRect(); const f = document.querySelector('#figures').getBoundingClientRect(); return { tabsTop: t.top, tabsBottom: t.bottom, figuresTop: f.top, figuresBottom: f.bottom, height: window.innerHeight }; })()");
                double At(string name) => box.GetProperty(name).GetDouble();
                var where = $"scrolled {fraction:P0}: tabs {At("tabsTop")}–{At("tabsBottom")}, figures {At("figuresTop")}–{At("figuresBottom")} in a {At("height")}px window";
                Assert.True(At("tabsTop") >= 0 && At("tabsBottom") <= At("height"), where);
                Assert.True(At("figuresTop") >= 0 && At("figuresTop") < At("height") / 2, where);
                Assert.True(At("figuresBottom") <= At("height") + 1, where);
                // The tabs must not cover the top of the figures.
                Assert.True(At("figuresTop") >= At("tabsBottom") - 1, where);
                // The option's totals are on its tab; they are what must be readable.
                Assert.True(await page.EvaluateExpressionAsync<bool>(
                    "(() => { const a = document.querySelector('#option-tabs a[aria-current=page]').getBoundingClientRect(); const e = document.elementFromPoint(a.left + a.width / 2, a.top + a.height / 2); return e !== null && e.closest('#option-tabs') !== null; })()"), where);
            }
            await page.ScreenshotAsync(Path.Combine(presales.Folder, "scrolled-to-the-end-1280x800.png"));
        });

        Assert.Empty(presales.Problems);
    }
}
