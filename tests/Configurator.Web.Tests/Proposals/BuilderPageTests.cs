using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>The builder pages: create from the opportunity, edit lines through htmx fragments, refusals kept next to the field, the approval queue.</summary>
public sealed class BuilderPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<int> CreateOpportunityAsync(string name)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} AG" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            painPoints = new object[]
            {
                new { title = "<script>alert(1)</script> stock is wrong", category = "STOCK-ERRORS", severity = 5, annualImpact = 100000m },
                new { title = "Downtime at peak", category = "DOWNTIME", severity = 3 },
            },
        });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static HttpRequestMessage Htmx(string url, string token, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private async Task<(HttpClient Presales, int Id, string Page)> CreateThroughThePageAsync(string name, string start = "recommendation")
    {
        var opportunity = await CreateOpportunityAsync(name);
        var presales = await app.SignInAsync("presales@demo.local");
        var created = await presales.SubmitFormAsync($"/opportunities/{opportunity}", $"/opportunities/{opportunity}/proposals",
            [new("Title", $"{name} proposal"), new("Language", "en"), new("TermMonths", "24"), new("Start", start)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var id = int.Parse(location.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        return (presales, id, await presales.GetPageAsync(location));
    }

    [Fact]
    public async Task PresalesStartAProposalFromTheOpportunityAndSeeTheBuilder()
    {
        var (_, id, page) = await CreateThroughThePageAsync("Builder page");

        Assert.Contains("Builder page proposal", page);
        Assert.Contains("id=\"workspace\"", page);
        Assert.Contains("Standard products", page);
        Assert.Contains("Contract value (24 months)", page);
        // The payback reads "6.5 months (conservative: 13 months)", or "1 month" in the singular.
        var payback = Html.Parse(page).QuerySelectorAll("#value-figures dt").Single(dt => dt.TextContent == "Payback").NextElementSibling!.TextContent;
        Assert.Matches(@"^(—|\d+(\.\d)? months? \(conservative: \d+(\.\d)? months?\))$", payback);
        Assert.DoesNotMatch(@"\b1 months", payback);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; stock is wrong", page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("STD-WMS-CORE", page);
        Assert.Contains($"action=\"/proposals/{id}/actions/submit\"", page);
    }

    [Fact]
    public async Task ANewProposalWithBadValuesSaysWhatToFixAndCreatesNothing()
    {
        var opportunity = await CreateOpportunityAsync("Bad new proposal");
        var presales = await app.SignInAsync("presales@demo.local");

        var malformed = await presales.SubmitFormAsync($"/opportunities/{opportunity}", $"/opportunities/{opportunity}/proposals",
            [new("Title", "Fine"), new("TermMonths", "three years"), new("Start", "empty")]);
        var page = await presales.GetPageAsync($"/opportunities/{opportunity}");
        var empty = await presales.SubmitFormAsync($"/opportunities/{opportunity}", $"/opportunities/{opportunity}/proposals",
            [new("Title", " "), new("TermMonths", "500"), new("Start", "empty")]);
        var after = await presales.GetPageAsync($"/opportunities/{opportunity}");

        Assert.Equal(HttpStatusCode.Redirect, malformed.StatusCode);
        Assert.Contains("Give the contract term as a whole number of months, e.g. 36.", page);
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Contains("Give the proposal a title", after);
        Assert.Contains("from 1 to 120", after);
        Assert.Contains("No proposal yet.", after);
    }

    [Fact]
    public async Task ALineChangeAnswersTheWorkspaceFragmentWithNewFigures()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Fragment");
        var token = BrowserExtensions.AntiforgeryToken(page);
        var line = LineForm(page);
        var lineId = Html.Parse(page).One("form.line__edit").ParentElement!.Id;
        var version = int.Parse(VersionField(page), System.Globalization.CultureInfo.InvariantCulture);

        var response = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "40", ["discountPercent"] = "25", ["version"] = $"{version}" }));
        var html = await response.Content.ReadAsStringAsync();
        var fragment = Html.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("HX-Request", response.Headers.Vary);
        Assert.DoesNotContain("<html", html);
        // The line that changed, then out of band: status with the new version, workflow, tabs and figures; not the whole workspace.
        Assert.Equal(lineId, fragment.Body!.FirstElementChild!.Id);
        Assert.Equal("40", fragment.One($"#{lineId} input[name=quantity]").GetAttribute("value"));
        Assert.Contains("beyond its 15% limit", fragment.One($"#{lineId}").TextContent);
        Assert.Equal(["builder-status", "workflow", "option-tabs", "figures"], fragment.QuerySelectorAll("[hx-swap-oob]").Select(e => e.Id));
        Assert.Equal($"{version + 1}", fragment.Attr("#proposal-version", "data-version"));
        Assert.Contains("Submit for approval", fragment.One("#workflow").TextContent);
        Assert.Null(fragment.QuerySelector("#workspace"));
        Assert.Null(fragment.QuerySelector("#pains"));
        Assert.True(html.Length < 30 * 1024, $"The fragment is {html.Length} bytes.");
    }

    [Fact]
    public async Task ABadValueStaysInItsFieldWithTheReasonAndAStaleVersionIsRefused()
    {
        var (presales, _, page) = await CreateThroughThePageAsync("Refusals");
        var token = BrowserExtensions.AntiforgeryToken(page);
        var line = LineForm(page);
        var version = VersionField(page);

        var bad = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "lots", ["discountPercent"] = "150", ["version"] = version }));
        var badHtml = await bad.Content.ReadAsStringAsync();
        var good = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "30", ["discountPercent"] = "0", ["version"] = version }));
        var stale = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "31", ["discountPercent"] = "0", ["version"] = version }));
        var staleHtml = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("value=\"lots\"", badHtml);
        Assert.Contains("Give the quantity as a whole number.", badHtml);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("#workspace", stale.Headers.GetValues("HX-Retarget").Single());
        Assert.Contains("has changed since version", staleHtml);
        Assert.Equal("30", Html.Parse(staleHtml).One("#workspace form.line__edit input[name=quantity]").GetAttribute("value"));
    }

    [Fact]
    public async Task AddingAnItemFromTheBuilderAndRefusingARetiredOne()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Add item", start: "empty");
        var token = BrowserExtensions.AntiforgeryToken(page);
        var addUrl = AddForm(page);
        var version = VersionField(page);

        var retired = await presales.SendAsync(Htmx(addUrl, token, new() { ["itemCode"] = "STD-LEGACY-SCAN", ["version"] = version }));
        var retiredHtml = await retired.Content.ReadAsStringAsync();
        var added = await presales.SendAsync(Htmx(addUrl, token, new() { ["itemCode"] = "INN-VISION-COUNT", ["version"] = version }));
        var html = await added.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, retired.StatusCode);
        Assert.Contains("is retired and can no longer be proposed", retiredHtml);
        Assert.Contains("value=\"STD-LEGACY-SCAN\"", retiredHtml);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("INN-VISION-COUNT", html);
        Assert.Contains("Required by INN-VISION-COUNT", html);
        Assert.True(id > 0);
    }

    [Fact]
    public async Task TheAddItemSearchOffersEligibleItemsThatAnswerOpenPainFirst()
    {
        var (presales, _, page) = await CreateThroughThePageAsync("Search", start: "empty");
        var addUrl = AddForm(page);
        var request = new HttpRequestMessage(HttpMethod.Get, addUrl.Replace("/lines", "/addable?itemCode=care", StringComparison.Ordinal));
        request.Headers.Add("HX-Request", "true");

        var html = await (await presales.SendAsync(request)).Content.ReadAsStringAsync();
        var retired = await (await presales.GetAsync(addUrl.Replace("/lines", "/addable?itemCode=HEALTHCHECK", StringComparison.Ordinal))).Content.ReadAsStringAsync();

        Assert.Contains("SVC-CARE-247", html);
        Assert.Contains("SVC-CARE-BUSINESS", html);
        Assert.Contains("answers “Downtime at peak”", html);
        Assert.DoesNotContain("SVC-HEALTHCHECK", retired);
        Assert.Contains("Nothing in the catalogue matches", retired);

        var token = BrowserExtensions.AntiforgeryToken(page);
        var version = VersionField(page);
        Assert.Equal(HttpStatusCode.OK, (await presales.SendAsync(Htmx(addUrl, token, new() { ["itemCode"] = "SVC-CARE-247", ["version"] = version }))).StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, addUrl.Replace("/lines", "/addable?itemCode=care", StringComparison.Ordinal));
        again.Headers.Add("HX-Request", "true");
        var afterAdding = await (await presales.SendAsync(again)).Content.ReadAsStringAsync();
        Assert.Contains("Excludes Care 24/7 (SVC-CARE-247), already in this option", afterAdding);
    }

    [Fact]
    public async Task ApproversSeeTheQueueAndApproveFromTheBuilderWhileRepsCannotEdit()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Queue");
        var token = BrowserExtensions.AntiforgeryToken(page);
        var line = LineForm(page);
        var version = VersionField(page);
        var changed = await (await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "25", ["discountPercent"] = "30", ["version"] = version }))).Content.ReadAsStringAsync();
        var submitted = await presales.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/submit",
            [new("version", VersionField(changed)), new("comment", "The client signs for three years.")]);
        var approver = await app.SignInAsync("approver@demo.local");
        var queue = await approver.GetPageAsync("/proposals");
        var builder = await approver.GetPageAsync($"/proposals/{id}");
        var approved = await approver.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/approve", [new("version", VersionField(builder))]);
        var rep = await app.SignInAsync("rep@demo.local");
        var repPage = await rep.GetPageAsync($"/proposals/{id}");
        var repEdit = await rep.SendAsync(Htmx(line, BrowserExtensions.AntiforgeryToken(repPage), new() { ["quantity"] = "1", ["discountPercent"] = "0", ["version"] = "1" }));

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("Waiting for your approval", queue);
        Assert.Contains("Queue proposal", queue);
        Assert.Contains("beyond its 15% limit", queue);
        Assert.Contains("Margin", builder);
        Assert.True(approved.StatusCode == HttpStatusCode.Redirect, await approved.Content.ReadAsStringAsync());
        var afterApproval = await approver.GetPageAsync($"/proposals/{id}");
        Assert.Contains(">Approved<", afterApproval);
        Assert.Contains("In review → Approved (Approve)", afterApproval);
        Assert.Contains("Draft → In review (Submit)", afterApproval);
        Assert.DoesNotContain("Margin", repPage);
        Assert.Equal(HttpStatusCode.Forbidden, repEdit.StatusCode);
    }

    [Fact]
    public async Task SwitchingOptionTabsOverHtmxAnswersTheWorkspaceAndAHistoryRestoreTheWholePage()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Tabs", start: "options");
        var tabs = Html.Parse(page).QuerySelectorAll("#option-tabs a.tabs__tab").ToList();
        var second = tabs[1].GetAttribute("href")!;

        var request = new HttpRequestMessage(HttpMethod.Get, second);
        request.Headers.Add("HX-Request", "true");
        var fragment = await presales.SendAsync(request);
        var html = await fragment.Content.ReadAsStringAsync();
        var restore = new HttpRequestMessage(HttpMethod.Get, second);
        restore.Headers.Add("HX-Request", "true");
        restore.Headers.Add("HX-History-Restore-Request", "true");
        var restored = await (await presales.SendAsync(restore)).Content.ReadAsStringAsync();

        Assert.Equal(3, tabs.Count);
        Assert.Equal(second, tabs[1].GetAttribute("hx-get"));
        Assert.Equal("true", tabs[1].GetAttribute("hx-push-url"));
        Assert.Equal("#workspace", tabs[1].GetAttribute("hx-target"));
        Assert.Contains("HX-Request", fragment.Headers.Vary);
        Assert.DoesNotContain("<html", html);
        var workspace = Html.Parse(html);
        Assert.Equal("workspace", workspace.Body!.FirstElementChild!.Id);
        Assert.Equal(second, workspace.One("#option-tabs a[aria-current=page]").GetAttribute("href"));
        Assert.Empty(workspace.QuerySelectorAll("[hx-swap-oob]"));
        Assert.Contains("<html", restored);
        Assert.True(id > 0);
    }

    [Fact]
    public async Task TheVersionTravelsHiddenAndIsNotShown()
    {
        var (_, _, page) = await CreateThroughThePageAsync("No version");
        var document = Html.Parse(page);

        Assert.True(document.One("#proposal-version").HasAttribute("hidden"));
        Assert.Equal("", document.One("#proposal-version").TextContent);
        Assert.DoesNotContain("version", document.One("#builder-status").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ALineNoteSavesWithTheLineAndATooLongOneStaysInItsFieldWithTheReason()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Line note");
        var token = BrowserExtensions.AntiforgeryToken(page);
        var form = Html.Parse(page).One("form.line__edit");
        var line = form.GetAttribute("action")!;
        var quantity = form.One("input[name=quantity]").GetAttribute("value")!;
        var discount = form.One("input[name=discountPercent]").GetAttribute("value")!;
        var longNote = new string('n', 501);

        var refused = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = quantity, ["discountPercent"] = discount, ["note"] = longNote, ["version"] = VersionField(page) }));
        var refusedLine = Html.Parse(await refused.Content.ReadAsStringAsync());
        var saved = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = quantity, ["discountPercent"] = discount, ["note"] = "Keeps the scanners they own.", ["version"] = VersionField(page) }));
        var savedLine = Html.Parse(await saved.Content.ReadAsStringAsync());
        var preview = await presales.GetPageAsync($"/proposals/{id}/preview/document");

        Assert.Equal("change, submit", form.GetAttribute("hx-trigger"));
        Assert.Contains("no-js-only", form.One("button[type=submit]").ClassName);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(longNote, refusedLine.One("textarea[name=note]").TextContent);
        Assert.Contains("Keep it to 500 characters", refusedLine.One("form.line__edit").TextContent);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Keeps the scanners they own.", savedLine.One("textarea[name=note]").TextContent);
        Assert.Contains("Keeps the scanners they own.", Html.Parse(preview).One(".item__note").TextContent);
    }

    [Fact]
    public async Task AWhyNotUnderAnUnansweredPainIsSavedAndPrintedInTheChallenges()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Why not", start: "empty");
        var document = Html.Parse(page);
        var form = document.One("form.why-not");
        var action = form.GetAttribute("action")!;
        var token = BrowserExtensions.AntiforgeryToken(page);

        var refused = await presales.SendAsync(Htmx(action, token, new() { ["text"] = new string('w', 501), ["version"] = VersionField(page) }));
        var refusedHtml = Html.Parse(await refused.Content.ReadAsStringAsync());
        var plain = await presales.SubmitFormAsync($"/proposals/{id}", action, [new("text", "Their own team fixes it this year."), new("version", VersionField(page))]);
        var after = await presales.GetPageAsync($"/proposals/{id}");
        var preview = Html.Parse(await presales.GetPageAsync($"/proposals/{id}/preview/document"));

        Assert.Equal(2, document.QuerySelectorAll("form.why-not").Length);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Keep it to 500 characters", refusedHtml.One("#pains form.why-not .field__error").TextContent);
        Assert.Equal(501, refusedHtml.One("#pains form.why-not textarea").TextContent.Length);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        Assert.Contains("Their own team fixes it this year.", Html.Parse(after).One("#pains").TextContent);
        Assert.DoesNotContain(Html.Parse(after).QuerySelectorAll("#figures .issue"), i => i.TextContent.Contains("stock is wrong", StringComparison.Ordinal) && i.TextContent.Contains("Nothing answers", StringComparison.Ordinal));
        Assert.Contains("Their own team fixes it this year.", preview.One(".pain__why-not").TextContent);
        Assert.Contains("Not part of this proposal because:", preview.One(".pain__why-not").TextContent);
    }

    [Fact]
    public async Task PresalesSeeWhatEachLineRemovesAndEstimateItWithAReasonNextToTheFigure()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Estimate");
        var document = Html.Parse(page);
        var stock = document.One("#pains .coverage__pain");
        var form = stock.QuerySelector("form.improvement")!;
        var action = form.GetAttribute("action")!;
        var token = BrowserExtensions.AntiforgeryToken(page);
        var valueBefore = document.One("#value-figures dd").TextContent;

        var refused = await presales.SendAsync(Htmx(action, token, new() { ["category"] = "STOCK-ERRORS", ["percent"] = "lots", ["reason"] = "Pilot", ["version"] = VersionField(page) }));
        var refusedHtml = Html.Parse(await refused.Content.ReadAsStringAsync());
        var noReason = Html.Parse(await (await presales.SendAsync(Htmx(action, token, new() { ["category"] = "STOCK-ERRORS", ["percent"] = "90", ["reason"] = "", ["version"] = VersionField(page) }))).Content.ReadAsStringAsync());
        var unchanged = await presales.GetPageAsync($"/proposals/{id}");
        var saved = await presales.SubmitFormAsync($"/proposals/{id}", action,
            [new("category", "STOCK-ERRORS"), new("percent", "90%"), new("reason", "Their Leipzig site cut corrections by 90%."), new("version", VersionField(page))]);
        var after = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));

        // Strong answer by default: "Removes 60% of it: €60,000.00 a year expected", with its source.
        Assert.Contains("Removes 60% of it", stock.TextContent);
        Assert.Contains("the default for a strong answer", stock.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("from 0 to 100 percent", refusedHtml.One("#pains form.improvement .field__error").TextContent);
        Assert.Equal("lots", refusedHtml.One("#pains form.improvement input[name=percent]").GetAttribute("value"));
        Assert.NotNull(refusedHtml.One("#pains details.assumptions").GetAttribute("open"));
        Assert.Contains("Say why you expect this", noReason.One("#pains form.improvement").TextContent);
        Assert.Equal(valueBefore, Html.Parse(unchanged).One("#value-figures dd").TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("your estimate: Their Leipzig site cut corrections by 90%.", after.One("#pains").TextContent);
        Assert.NotEqual(valueBefore, after.One("#value-figures dd").TextContent);
        Assert.Contains("“Downtime at peak”", after.One("#not-quantified").TextContent);
    }

    [Fact]
    public async Task TheFirstChangeToAProposalInReviewIsAnnouncedAndTheReturnToDraftRecorded()
    {
        var (presales, id, page) = await CreateThroughThePageAsync("Warn edit");
        var token = BrowserExtensions.AntiforgeryToken(page);
        var line = LineForm(page);
        var changed = await (await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "25", ["discountPercent"] = "30", ["note"] = "", ["version"] = VersionField(page) }))).Content.ReadAsStringAsync();
        var unjustified = await presales.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/submit", [new("version", VersionField(changed)), new("comment", "")]);
        var unjustifiedPage = Html.Parse(await unjustified.Content.ReadAsStringAsync());
        await presales.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/submit", [new("version", VersionField(changed)), new("comment", "Rival offered 25% off.")]);
        var inReview = await presales.GetPageAsync($"/proposals/{id}");
        var edited = await (await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "26", ["discountPercent"] = "30", ["note"] = "", ["version"] = VersionField(inReview) }))).Content.ReadAsStringAsync();
        var after = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));

        Assert.Equal(HttpStatusCode.BadRequest, unjustified.StatusCode);
        Assert.Contains("Say why the discount is right for this deal", unjustifiedPage.One("#comment-submit-error").TextContent);
        var warning = Html.Parse(inReview).One("[data-edit-warning]");
        Assert.Contains("sends it back to draft", warning.TextContent);
        Assert.Equal(warning.TextContent.Trim(), warning.GetAttribute("data-edit-warning"));
        Assert.Null(Html.Parse(edited).QuerySelector("[data-edit-warning]"));
        Assert.Contains(">Draft<", Html.Parse(edited).One("#builder-status").OuterHtml);
        Assert.Null(after.QuerySelector("[data-edit-warning]"));
        Assert.Contains("Changed during review: back to draft, to be submitted again.", after.One("#history").TextContent);
        Assert.Contains("Rival offered 25% off.", after.One("#history").TextContent);
    }

    [Fact]
    public async Task SearchFindsItemsByWhatTheyAnswerAndSaysWhichAreAlreadyInTheOption()
    {
        var (presales, _, page) = await CreateThroughThePageAsync("Meaning", start: "empty");
        var addUrl = AddForm(page);
        async Task<string> SearchAsync(string query)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, addUrl.Replace("/lines", $"/addable?itemCode={Uri.EscapeDataString(query)}", StringComparison.Ordinal));
            request.Headers.Add("HX-Request", "true");
            return await (await presales.SendAsync(request)).Content.ReadAsStringAsync();
        }

        var training = Html.Parse(await SearchAsync("training"));
        var token = BrowserExtensions.AntiforgeryToken(page);
        Assert.Equal(HttpStatusCode.OK, (await presales.SendAsync(Htmx(addUrl, token, new() { ["itemCode"] = "SVC-ACADEMY", ["version"] = VersionField(page) }))).StatusCode);
        var again = Html.Parse(await SearchAsync("academy"));
        var nothing = await SearchAsync("<b>zzzz</b>");

        // Items whose own texts say "training" (Academy Seats, Guided Onboarding) before those that only answer the labour category.
        var trainingCodes = training.QuerySelectorAll("input[name=itemCode]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["SVC-ACADEMY", "SVC-ONBOARD"], trainingCodes.Take(2).Order(StringComparer.Ordinal));
        Assert.Contains("STD-LABOUR", trainingCodes.Skip(2));
        var academy = again.QuerySelectorAll("form.addable__item").Single(f => f.One("input[name=itemCode]").GetAttribute("value") == "SVC-ACADEMY");
        Assert.Null(academy.QuerySelector("button"));
        Assert.Equal("Already in Main", academy.One(".addable__blocked").TextContent.Trim());
        Assert.Contains("Nothing in the catalogue matches “&lt;b&gt;zzzz&lt;/b&gt;”", nothing);
    }

    [Fact]
    public async Task MarkAsSentWithoutAnIssuedRevisionSaysToIssueOneFirst()
    {
        var (presales, id, _) = await CreateThroughThePageAsync("Send first");
        var page = await presales.GetPageAsync($"/proposals/{id}");
        await presales.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/submit", [new("version", VersionField(page))]);
        var approved = await presales.GetPageAsync($"/proposals/{id}");

        var refused = await presales.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/send", [new("version", VersionField(approved))]);
        var html = Html.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Contains("Issue a revision first (below)", Html.Parse(approved).One("#workflow").TextContent);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Issue a revision first", html.One(".builder__problem").TextContent);
        Assert.Contains(">Approved<", html.One("#builder-status").OuterHtml);
    }

    /// <summary>Where the first line's edit form posts.</summary>
    private static string LineForm(string page) => Html.Parse(page).Attr("form.line__edit", "action");

    private static string AddForm(string page) => Html.Parse(page).Attr("form.add-line", "action");

    /// <summary>The proposal's version the page shows, which every form names.</summary>
    private static string VersionField(string page) => Html.Parse(page).Attr("#proposal-version", "data-version");
}
