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
        Assert.Contains("No eligible item matches", retired);

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
        var submitted = await presales.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/submit", [new("version", VersionField(changed))]);
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

    /// <summary>Where the first line's edit form posts.</summary>
    private static string LineForm(string page) => Html.Parse(page).Attr("form.line__edit", "action");

    private static string AddForm(string page) => Html.Parse(page).Attr("form.add-line", "action");

    /// <summary>The proposal's version the page shows, which every form names.</summary>
    private static string VersionField(string page) => Html.Parse(page).Attr("#proposal-version", "data-version");
}
