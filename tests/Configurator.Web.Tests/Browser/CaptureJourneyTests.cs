using System.Net.Http.Json;
using System.Text.Json;
using PuppeteerSharp.Input;

namespace Configurator.Web.Tests.Browser;

/// <summary>
/// A rep captures pain points and people from the keyboard, as in a meeting: a refused entry keeps its
/// text, selected, so what is typed next replaces it; nothing ever runs into the next entry.
/// </summary>
public sealed class CaptureJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ARefusedPainPointDoesNotRunIntoTheNextOne()
    {
        var opportunityId = await NewOpportunityAsync("Harbour Freight", "Quay automation");
        await using var rep = await app.SessionAsync("capture-after-error");
        var page = rep.Page;

        await rep.StepAsync("type a title and press Enter without a category", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await rep.GoAsync($"/opportunities/{opportunityId}");
            await page.FocusAsync("#pain-title");
            await page.Keyboard.TypeAsync("Board report built by hand");
            await page.Keyboard.PressAsync(Key.Enter);
            await rep.WaitForTextAsync("#pain-capture .field__error", "Choose a category");
            var field = await FocusedFieldAsync(page, selected: "Board report built by hand");
            Assert.Equal("pain-title", field.Id);
            Assert.Equal("Board report built by hand", field.Value);
            Assert.Equal("Board report built by hand", field.Selected);
        });

        await rep.StepAsync("type the next title, choose a category and press Enter", async () =>
        {
            await page.Keyboard.TypeAsync("Returns pile up for weeks");
            await page.Keyboard.PressAsync(Key.Tab);
            await page.Keyboard.PressAsync(Key.ArrowDown);     // the first category
            await page.Keyboard.PressAsync(Key.Tab);           // severity
            await page.Keyboard.PressAsync(Key.Tab);           // impact: Enter in a text box adds
            await page.Keyboard.PressAsync(Key.Enter);
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#pain-list > li.pain').length === 1");
            Assert.Equal(["Returns pile up for weeks"], await TitlesAsync(page));
            var field = await FocusedFieldAsync(page, id: "pain-title");
            Assert.Equal("pain-title", field.Id);
            Assert.Equal("", field.Value);
            await rep.ScreenshotAsync("after-refusal-and-success");
        });

        await rep.StepAsync("a refused impact keeps what was typed, selected", async () =>
        {
            await page.Keyboard.TypeAsync("Stock figures never match");
            await page.SelectAsync("#pain-category", await page.EvaluateExpressionAsync<string>("document.querySelector('#pain-category option:nth-child(2)').value"));
            await page.FocusAsync("#pain-impact");
            await page.Keyboard.TypeAsync("45kk");
            await page.Keyboard.PressAsync(Key.Enter);
            // The refusal note comes with the answer to the post, not with the amount hint that leaving the field asks for.
            await page.WaitForSelectorAsync("#pain-capture .capture__refused");
            Assert.Contains("Write an amount such as", await rep.TextAsync("#pain-impact ~ .field__error"));
            Assert.Equal("45kk", await page.EvaluateExpressionAsync<string>("document.querySelector('#pain-impact').value"));
            Assert.Equal("Stock figures never match", (await FocusedFieldAsync(page, selected: "Stock figures never match")).Selected);
            Assert.Equal(["Returns pile up for weeks"], await TitlesAsync(page));
        });

        Assert.Empty(rep.Problems);
    }

    [Fact]
    public async Task ARefusedPersonKeepsTheFormOpenAndTheNextPersonStartsClean()
    {
        var opportunityId = await NewOpportunityAsync("Northgate Retail", "Store replenishment");
        await using var rep = await app.SessionAsync("capture-person-after-error");
        var page = rep.Page;

        await rep.StepAsync("add a person without a name", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await rep.GoAsync($"/opportunities/{opportunityId}");
            await page.ClickAsync("#decision-chain details.chain__add > summary");
            await page.WaitForSelectorAsync("#person-title", new PuppeteerSharp.WaitForSelectorOptions { Visible = true });
            await page.TypeAsync("#person-title", "Head of stores");
            // No role is chosen for the rep: the first person is not an economic buyer by default.
            Assert.Equal("", await page.EvaluateExpressionAsync<string>("document.querySelector('#person-role').value"));
            await page.SelectAsync("#person-role", "champion");
            await page.ClickAsync("#decision-chain form button[type=submit]");
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#decision-chain .field__error')].some(e => e.innerText.length > 0)");
            Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('#decision-chain details.chain__add').open"));
            Assert.Equal("person-name", (await FocusedFieldAsync(page, id: "person-name")).Id);
            Assert.Equal("Head of stores", await page.EvaluateExpressionAsync<string>("document.querySelector('#person-title').value"));
        });

        await rep.StepAsync("name them; the form stays open and empty for the next person", async () =>
        {
            await page.Keyboard.TypeAsync("Maja Lind");
            await page.Keyboard.PressAsync(Key.Enter);
            await rep.WaitForTextAsync("#decision-chain .chain", "Maja Lind");
            Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('#decision-chain details.chain__add').open"));
            var field = await FocusedFieldAsync(page, id: "person-name");
            Assert.Equal("person-name", field.Id);
            Assert.Equal("", field.Value);
            Assert.Equal("", await page.EvaluateExpressionAsync<string>("document.querySelector('#person-title').value"));
            // Maja's role does not carry over to the next person, nor does any role stand in for one not chosen.
            Assert.Equal("", await page.EvaluateExpressionAsync<string>("document.querySelector('#person-role').value"));
            await page.Keyboard.TypeAsync("Per Dahl");
            await page.Keyboard.PressAsync(Key.Enter);
            await rep.WaitForTextAsync("#decision-chain .field__error", "Choose the person's role in the decision.");
            Assert.Equal("Per Dahl", (await FocusedFieldAsync(page, selected: "Per Dahl")).Selected);
            await page.SelectAsync("#person-role", "user");
            await page.FocusAsync("#person-name");
            await page.Keyboard.PressAsync(Key.Enter);
            await rep.WaitForTextAsync("#decision-chain .chain", "Per Dahl");
            var names = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#decision-chain .chain__name')].map(e => e.innerText)");
            Assert.Equal(["Maja Lind", "Per Dahl"], names.Order());
        });

        Assert.Empty(rep.Problems);
    }

    [Fact]
    public async Task MoneyIsTypedAsPeopleTypeItAndThePageSaysWhatItUnderstood()
    {
        var opportunityId = await NewOpportunityAsync("Lakeside Foods", "Cold chain");
        await using var rep = await app.SessionAsync("capture-money");
        var page = rep.Page;

        await rep.StepAsync("type 45k and leave the field", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await rep.GoAsync($"/opportunities/{opportunityId}");
            await page.TypeAsync("#pain-title", "Spoilt stock every summer");
            await page.SelectAsync("#pain-category", await page.EvaluateExpressionAsync<string>("document.querySelector('#pain-category option:nth-child(2)').value"));
            await page.FocusAsync("#pain-impact");
            await page.Keyboard.TypeAsync("45k");
            await page.Keyboard.PressAsync(Key.Tab);
            await rep.WaitForTextAsync("#pain-impact-understood", "Understood as EUR 45,000");
        });

        await rep.StepAsync("add it: the list shows the amount", async () =>
        {
            await page.FocusAsync("#pain-impact");
            await page.Keyboard.PressAsync(Key.Enter);
            await rep.WaitForTextAsync("#pain-list", "EUR 45,000 a year");
        });

        await rep.StepAsync("an amount in dollars is refused and stays in the field", async () =>
        {
            await page.TypeAsync("#pain-title", "Trucks wait at the dock");
            await page.SelectAsync("#pain-category", await page.EvaluateExpressionAsync<string>("document.querySelector('#pain-category option:nth-child(3)').value"));
            await page.FocusAsync("#pain-impact");
            await page.Keyboard.TypeAsync("$30,000");
            await page.Keyboard.PressAsync(Key.Tab);
            await rep.WaitForTextAsync("#pain-impact-understood", "amounts here are in EUR");
            await page.FocusAsync("#pain-impact");
            await page.Keyboard.PressAsync(Key.Enter);
            await page.WaitForSelectorAsync("#pain-capture .capture__refused");
            Assert.Contains("amounts here are in EUR", await rep.TextAsync("#pain-impact ~ .field__error"));
            Assert.Equal("$30,000", await page.EvaluateExpressionAsync<string>("document.querySelector('#pain-impact').value"));
            Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#pain-list li.pain').length"));
            await rep.ScreenshotAsync("money-refused");
        });

        Assert.Empty(rep.Problems);
    }

    [Fact]
    public async Task ABudgetIsTypedAsPeopleTypeItAndARefusedOneStaysInItsField()
    {
        using var api = await app.ApiAsync("rep@demo.local");
        var created = await api.PostAsJsonAsync("/api/v1/accounts", new { name = "Fjord Dairy", industry = "Logistics", region = "Nordics" });
        var accountId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var rep = await app.SessionAsync("budget-money");
        var page = rep.Page;

        await rep.StepAsync("start an opportunity on the account page with a budget of 45k", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await rep.GoAsync($"/accounts/{accountId}");
            await page.TypeAsync("#opportunity-name", "Cheese cave expansion");
            await page.FocusAsync("#opportunity-budget");
            await page.Keyboard.TypeAsync("45k");
            await page.Keyboard.PressAsync(Key.Tab);
            await rep.WaitForTextAsync("#opportunity-budget-understood", "Understood as EUR 45,000");
            await rep.ClickAndWaitForPageAsync("form[action$='/opportunities'] button[type=submit]");
            Assert.Matches("/opportunities/\\d+$", page.Url);
            Assert.Contains("Budget EUR 45,000", await rep.TextAsync(".page-header"));
        });

        await rep.StepAsync("edit the budget to 45 apples: refused, kept in the field, the reason next to it", async () =>
        {
            await rep.GoAsync(new Uri(page.Url).AbsolutePath + "/edit");
            Assert.Equal("45,000", await page.EvaluateExpressionAsync<string>("document.querySelector('#Budget').value"));
            await rep.FillAsync("#Budget", "45 apples");
            await page.Keyboard.PressAsync(Key.Tab);
            await page.WaitForFunctionAsync("() => document.querySelector('#budget-understood .field__error') !== null");
            await rep.ClickAndWaitForPageAsync("form.form button[type=submit]");
            Assert.EndsWith("/edit", page.Url);
            Assert.Equal("45 apples", await page.EvaluateExpressionAsync<string>("document.querySelector('#Budget').value"));
            Assert.Contains("Write an amount such as", await rep.TextAsync("#Budget ~ .field__error"));
            await rep.ScreenshotAsync("budget-refused");
        });

        await rep.StepAsync("write it as 1.2m: saved and shown as EUR 1,200,000", async () =>
        {
            await rep.FillAsync("#Budget", "1.2m");
            await page.Keyboard.PressAsync(Key.Tab);
            await rep.WaitForTextAsync("#budget-understood", "Understood as EUR 1,200,000");
            await rep.ClickAndWaitForPageAsync("form.form button[type=submit]");
            Assert.Matches("/opportunities/\\d+$", page.Url);
            Assert.Contains("Budget EUR 1,200,000", await rep.TextAsync(".page-header"));
        });

        Assert.Empty(rep.Problems);
    }

    [Fact]
    public async Task TypingANameOffersThePersonTheAccountKnowsAndPickingThemBringsTheirDetails()
    {
        using var api = await app.ApiAsync("rep@demo.local");
        var created = await api.PostAsJsonAsync("/api/v1/accounts", new { name = "Birchwood Outdoor", industry = "Logistics", region = "Nordics" });
        var accountId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var first = await api.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId,
            name = "Web shop fulfilment",
            currency = "EUR",
            stakeholders = new object[] { new { key = "cfo", name = "Ingrid Solberg", title = "CFO", email = "ingrid.solberg@birchwood.example", phone = "+47 22 11 22 33", role = "economic-buyer", stance = "supporter", influence = 5 } },
        });
        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        var second = await api.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name = "Second warehouse", currency = "EUR" });
        var opportunityId = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var rep = await app.SessionAsync("suggested-person");
        var page = rep.Page;

        await rep.StepAsync("type part of a name in Add a person: the account's person is offered", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await rep.GoAsync($"/opportunities/{opportunityId}");
            await page.ClickAsync("#decision-chain details.chain__add > summary");
            await page.WaitForSelectorAsync("#person-name", new PuppeteerSharp.WaitForSelectorOptions { Visible = true });
            // Every box of the form is drawn alike, the phone's too.
            var heights = await page.EvaluateExpressionAsync<double[]>("['#person-name', '#person-email', '#person-phone'].map(s => document.querySelector(s).getBoundingClientRect().height)");
            Assert.Equal(heights[0], heights[2]);
            Assert.Equal(heights[1], heights[2]);
            await page.TypeAsync("#person-name", "ingr");
            await rep.WaitForTextAsync("#person-suggestions", "Ingrid Solberg");
            Assert.Contains("ingrid.solberg@birchwood.example", await rep.TextAsync("#person-suggestions"));
            await rep.ScreenshotAsync("person-offered");
        });

        await rep.StepAsync("pick them: their e-mail and phone come along; only their part in this deal is asked", async () =>
        {
            await page.ClickAsync("#person-suggestions a.person-suggestions__pick");
            await page.WaitForSelectorAsync("#person-picked");
            var picked = await rep.TextAsync("#person-picked");
            Assert.Contains("Ingrid Solberg", picked);
            Assert.Contains("ingrid.solberg@birchwood.example", picked);
            Assert.Contains("+47 22 11 22 33", picked);
            Assert.Null(await page.QuerySelectorAsync("#person-email"));
            await page.SelectAsync("#person-role", "economic-buyer");
            await page.SelectAsync("#person-stance", "supporter");
            await page.ClickAsync("#decision-chain form button[type=submit]");
            await rep.WaitForTextAsync("#decision-chain .chain", "Ingrid Solberg");
        });

        await rep.StepAsync("she is the same person of the account in both deals, not a second Ingrid", async () =>
        {
            async Task<int> PersonIn(int id) => (await (await api.GetAsync($"/api/v1/opportunities/{id}")).Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("stakeholders").EnumerateArray().Single().GetProperty("personId").GetInt32();
            Assert.Equal(await PersonIn((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()), await PersonIn(opportunityId));
        });

        Assert.Empty(rep.Problems);
    }

    [Fact]
    public async Task OnAPhoneTheCaptureFormComesFirstAndTalksAboutTapping()
    {
        var opportunityId = await NewOpportunityAsync("Seaview Hotels", "Guest laundry");
        await using var rep = await app.SessionAsync("capture-phone");
        var page = rep.Page;

        await rep.StepAsync("open the opportunity on a phone", async () =>
        {
            await rep.SignInAsync("rep@demo.local");
            await page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = BrowserSession.Phone, Height = 800, IsMobile = true, HasTouch = true });
            await rep.GoAsync($"/opportunities/{opportunityId}");
            var formTop = await page.EvaluateExpressionAsync<double>("document.querySelector('#pain-capture form.capture').getBoundingClientRect().top");
            var listTop = await page.EvaluateExpressionAsync<double>("document.querySelector('#pain-list').getBoundingClientRect().top");
            Assert.True(formTop < listTop, $"the form starts at {formTop}px, below the list at {listTop}px");
            Assert.Equal("TEXTAREA", await page.EvaluateExpressionAsync<string>("document.querySelector('#pain-words').tagName"));
            var hint = await rep.TextAsync("#pain-capture form.capture h3");
            Assert.Contains("tap", hint);
            Assert.DoesNotContain("Enter", hint);
            await page.ScreenshotAsync(Path.Combine(rep.Folder, "phone-capture-390.png"), new PuppeteerSharp.ScreenshotOptions { FullPage = true });
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
        });

        Assert.Empty(rep.Problems);
    }

    private static async Task<string[]> TitlesAsync(PuppeteerSharp.IPage page) =>
        await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#pain-list .pain__title')].map(e => e.innerText)");

    /// <summary>The focused field, once the answer has settled: the page moves the focus and selects the text to
    /// retype after htmx settles, a moment after the refusal's words appear, so the caller names what it waits for
    /// and the assertion that follows reports what was there if it never came.</summary>
    private static async Task<(string Id, string Value, string Selected)> FocusedFieldAsync(
        PuppeteerSharp.IPage page, string? id = null, string? selected = null)
    {
        if (id is not null || selected is not null)
        {
            try
            {
                await page.WaitForFunctionAsync(
                    "(id, selected) => { const e = document.activeElement; if (!e) return false; const v = 'value' in e ? e.value : ''; const s = typeof e.selectionStart === 'number' ? v.substring(e.selectionStart, e.selectionEnd) : ''; return (id === null || e.id === id) && (selected === null || s === selected); }",
                    new PuppeteerSharp.WaitForFunctionOptions { Timeout = 5_000 }, id!, selected!);
            }
            catch (PuppeteerSharp.WaitTaskTimeoutException)
            {
                // The assertions after this call say what the field held instead.
            }
        }
        var focused = await page.EvaluateExpressionAsync<JsonElement>(
            "(() => { const e = document.activeElement; const v = e && 'value' in e ? e.value : ''; const s = e && typeof e.selectionStart === 'number' ? v.substring(e.selectionStart, e.selectionEnd) : ''; return { id: e ? e.id : '', value: v, selected: s }; })()");
        return (focused.GetProperty("id").GetString()!, focused.GetProperty("value").GetString()!, focused.GetProperty("selected").GetString()!);
    }

    private async Task<int> NewOpportunityAsync(string account, string name)
    {
        using var api = await app.ApiAsync("rep@demo.local");
        var created = await api.PostAsJsonAsync("/api/v1/accounts", new { name = account, industry = "Logistics", region = "Nordics" });
        var accountId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var opportunity = await api.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name, currency = "EUR" });
        Assert.True(opportunity.IsSuccessStatusCode, await opportunity.Content.ReadAsStringAsync());
        return (await opportunity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
