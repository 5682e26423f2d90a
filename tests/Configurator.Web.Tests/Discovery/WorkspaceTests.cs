using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

/// <summary>The rep's workspace beyond capture: edits in place with conflicts, priority order, cares-about, the playbook, owners and the timeline.</summary>
public sealed class WorkspaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Deal(int AccountId, int Id, int FirstPain, int SecondPain, int ThirdPain, int Buyer);

    /// <summary>A fresh opportunity per test, so tests do not depend on each other's changes.</summary>
    private async Task<Deal> CreateDealAsync(string name, bool economicBuyer = true, int pains = 3)
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await api.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} account", industry = "Retail", region = "Nordics", size = "Mid" });
        var accountId = (await account.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var body = new
        {
            accountId,
            name,
            currency = "EUR",
            stakeholders = new[] { new { key = "s1", name = "Ana Buyer", title = "CFO", role = economicBuyer ? "economic-buyer" : "user", stance = "neutral", influence = 5 } },
            painPoints = Enumerable.Range(1, pains).Select(i => new
            {
                title = $"Pain {i}",
                category = "SLOW-FULFIL",
                clientWords = "",
                severity = 3,
                annualImpact = i == 1 ? 10000m : (decimal?)null,
                raisedBy = i == 1 ? "s1" : null,
            }),
        };
        var created = await (await api.PostAsJsonAsync("/api/v1/opportunities", body)).Content.ReadFromJsonAsync<JsonElement>();
        var painIds = created.GetProperty("painPoints").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).Concat([0, 0, 0]).ToArray();
        return new Deal(accountId, created.GetProperty("id").GetInt32(), painIds[0], painIds[1], painIds[2],
            created.GetProperty("stakeholders")[0].GetProperty("id").GetInt32());
    }

    private static HttpRequestMessage Htmx(HttpMethod method, string url, string token, Dictionary<string, string>? form = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private static Dictionary<string, string> Edit(string title, int version, string severity = "5", string impact = "") => new()
    {
        ["Title"] = title,
        ["Category"] = "SLOW-FULFIL",
        ["Severity"] = severity,
        ["AnnualImpact"] = impact,
        ["ClientWords"] = "",
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<JsonElement> ReadAsync(HttpClient api, int id) => await api.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}");

    [Fact]
    public async Task ARepEditsAPainPointInPlaceAndGetsTheItemAndSummaryBack()
    {
        var deal = await CreateDealAsync("Edit in place");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{deal.Id}"));

        var form = await rep.SendAsync(Htmx(HttpMethod.Get, $"/opportunities/{deal.Id}/pain-points/{deal.SecondPain}/edit", token));
        var formHtml = await form.Content.ReadAsStringAsync();
        var saved = await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.SecondPain}", token, Edit("<i>Pickers</i> 等待 🚚", 1, impact: "25000")));
        var html = await saved.Content.ReadAsStringAsync();

        Assert.StartsWith($"<li class=\"pain pain--editing\" id=\"pain-{deal.SecondPain}\"", formHtml.Trim());
        Assert.Contains("name=\"Version\" value=\"1\"", formHtml);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.StartsWith($"<li class=\"pain\" id=\"pain-{deal.SecondPain}\"", html.Trim());
        Assert.Contains("&lt;i&gt;Pickers&lt;/i&gt; 等待 &#x1F69A;", html);
        Assert.DoesNotContain("<i>Pickers</i>", html);
        Assert.Contains("id=\"discovery-summary\"", html);
        Assert.Contains("EUR 35,000", html);
        Assert.Contains("id=\"playbook\"", html);
        var pain = (await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id)).GetProperty("painPoints")[1];
        Assert.Equal("<i>Pickers</i> 等待 🚚", pain.GetProperty("title").GetString());
        Assert.Equal(5, pain.GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task TheSecondOfTwoRepsEditingOnePainPointSeesAConflictAndNothingIsLost()
    {
        var deal = await CreateDealAsync("Two reps");
        var first = await app.SignInAsync("rep@demo.local");
        var second = await app.SignInAsync("presales@demo.local");
        var firstToken = BrowserExtensions.AntiforgeryToken(await first.GetPageAsync($"/opportunities/{deal.Id}"));
        var secondToken = BrowserExtensions.AntiforgeryToken(await second.GetPageAsync($"/opportunities/{deal.Id}"));

        var firstSave = await first.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.FirstPain}", firstToken, Edit("Trucks wait two hours", 1)));
        var secondSave = await second.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.FirstPain}", secondToken, Edit("Trucks wait all day", 1, severity: "2")));
        var conflict = await secondSave.Content.ReadAsStringAsync();
        var afterConflict = (await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id)).GetProperty("painPoints")[0];
        var deliberate = await second.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.FirstPain}", secondToken, Edit("Trucks wait all day", 2, severity: "2")));
        var afterDeliberate = (await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id)).GetProperty("painPoints")[0];

        Assert.Equal(HttpStatusCode.OK, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        Assert.Contains("changed this pain point while you were editing it", conflict);
        Assert.Contains("Riley Rep", conflict);
        Assert.Contains("Their version: “Trucks wait two hours”", conflict);
        Assert.Contains("value=\"Trucks wait all day\"", conflict);
        Assert.Contains("name=\"Version\" value=\"2\"", conflict);
        Assert.Equal("Trucks wait two hours", afterConflict.GetProperty("title").GetString());
        Assert.Equal(5, afterConflict.GetProperty("severity").GetInt32());
        Assert.Equal(HttpStatusCode.OK, deliberate.StatusCode);
        Assert.Equal("Trucks wait all day", afterDeliberate.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnInvalidEditShowsEachProblemNextToItsFieldAndChangesNothing()
    {
        var deal = await CreateDealAsync("Bad edit");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{deal.Id}"));
        var bad = Edit("   ", 1, severity: "9", impact: "-5");
        bad["Category"] = "NOT-A-CATEGORY";
        bad["RaisedBy"] = "999999";

        var response = await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.FirstPain}", token, bad));
        var html = await response.Content.ReadAsStringAsync();
        var pain = (await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id)).GetProperty("painPoints")[0];

        Assert.Contains("Say in a few words what hurts.", html);
        Assert.Contains("Choose how much it hurts, from 1 (annoying) to 5 (critical).", html);
        Assert.Contains("An amount can&#x27;t be below zero.", html);
        Assert.Contains("Choose a category.", html);
        Assert.Contains("Choose someone from this opportunity&#x27;s decision chain.", html);
        Assert.Equal("Pain 1", pain.GetProperty("title").GetString());
        Assert.Equal(1, pain.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PainPointsMoveUpAndDownThePriorityOrder()
    {
        var deal = await CreateDealAsync("Reorder");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{deal.Id}"));

        var up = await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.ThirdPain}/move?direction=up", token));
        var html = await up.Content.ReadAsStringAsync();
        await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.ThirdPain}/move?direction=up", token));
        await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.ThirdPain}/move?direction=up", token));
        var sideways = await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.ThirdPain}/move?direction=sideways", token));
        var read = await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id);
        var order = read.GetProperty("painPoints").EnumerateArray().OrderBy(p => p.GetProperty("priority").GetInt32()).Select(p => p.GetProperty("title").GetString());

        Assert.StartsWith("<ol class=\"pains\" id=\"pain-list\"", html.Trim());
        Assert.True(html.IndexOf("Pain 3", StringComparison.Ordinal) < html.IndexOf("Pain 2", StringComparison.Ordinal));
        Assert.Equal(["Pain 3", "Pain 1", "Pain 2"], order);
        Assert.Equal(HttpStatusCode.BadRequest, sideways.StatusCode);
    }

    [Fact]
    public async Task APersonsCaresAboutIsSavedAndShownInTheDecisionChain()
    {
        var deal = await CreateDealAsync("Cares about");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{deal.Id}"));
        var form = new List<KeyValuePair<string, string>>
        {
            new("Name", "Ana <Buyer>"), new("Title", "CFO"), new("Role", "champion"), new("Stance", "supporter"), new("Influence", "4"),
            new("CaresAbout", deal.ThirdPain.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("CaresAbout", "999999"), new("Version", "1"),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/opportunities/{deal.Id}/stakeholders/{deal.Buyer}") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);

        var response = await rep.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var stale = await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/stakeholders/{deal.Buyer}", token,
            new() { ["Name"] = "Someone else", ["Role"] = "user", ["Version"] = "1" }));

        Assert.StartsWith("<div id=\"decision-chain\"", html.Trim());
        Assert.Contains("Ana &lt;Buyer&gt;", html);
        // She raised pain 1 and now also cares about pain 3; the unknown id is dropped.
        Assert.Contains("Cares about: #1 Pain 1, #3 Pain 3", html);
        Assert.Contains("No economic buyer is known", html);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("A colleague changed Ana &lt;Buyer&gt; while you were editing", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LeavingAStageWithOpenPlaybookActionsNeedsAReasonWhichTheTimelineKeeps()
    {
        var deal = await CreateDealAsync("Playbook", economicBuyer: false, pains: 2);
        var rep = await app.SignInAsync("rep@demo.local");
        var page = await rep.GetPageAsync($"/opportunities/{deal.Id}");

        var refused = await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage", [new("Stage", "solution-design")]);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var stageAfterRefusal = (await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id)).GetProperty("stage").GetString();
        var moved = await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage",
            [new("Stage", "solution-design"), new("Reason", "The <CFO> asked for a design first")]);
        var stage = (await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id)).GetProperty("stage").GetString();
        var after = await rep.GetPageAsync($"/opportunities/{deal.Id}");
        var account = await rep.GetPageAsync($"/accounts/{deal.AccountId}");

        Assert.Contains("Capture at least three pain points in the client&#x27;s words", page);
        Assert.Contains("2 pain points", page);
        Assert.Contains("2 playbook actions are still open: Capture at least three pain points in the client&#x27;s words; Identify the economic buyer.", refusedHtml);
        Assert.Equal("discovery", stageAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("solution-design", stage);
        Assert.Contains("Moved Playbook from Discovery to Solution design with playbook actions open", after);
        Assert.Contains("Reason: The &lt;CFO&gt; asked for a design first", after);
        Assert.Contains("Playbook · Solution design", after);
        Assert.Contains("Build a proposal for the opportunity", after);
        Assert.Contains("Moved Playbook from Discovery to Solution design", account);
        Assert.Contains("Started the opportunity Playbook", account);
        Assert.Contains("Created the account Playbook account", account);
    }

    [Fact]
    public async Task LosingADealNeedsAReasonMovingBackDoesNotAndUnknownStagesAreRefused()
    {
        var deal = await CreateDealAsync("Lost deal");
        var rep = await app.SignInAsync("rep@demo.local");

        var noReason = await (await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage", [new("Stage", "lost")])).Content.ReadAsStringAsync();
        var unknown = await (await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage", [new("Stage", "celebration")])).Content.ReadAsStringAsync();
        var same = await (await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage", [new("Stage", "discovery")])).Content.ReadAsStringAsync();
        var lost = await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage", [new("Stage", "lost"), new("Reason", "Budget frozen")]);
        var reopened = await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage", [new("Stage", "discovery")]);

        Assert.Contains("Say why the deal was lost", noReason);
        Assert.Contains("Choose the stage to move to.", unknown);
        Assert.Contains("The opportunity is already in Discovery.", same);
        Assert.Equal(HttpStatusCode.Redirect, lost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var timeline = await rep.GetPageAsync($"/opportunities/{deal.Id}");
        Assert.Contains("Moved Lost deal from Discovery to Lost", timeline);
        Assert.Contains("Reason: Budget frozen", timeline);
        Assert.Contains("Moved Lost deal from Lost to Discovery", timeline);
    }

    [Fact]
    public async Task ApproversReassignOneOpportunityRepsMayNotAndTheHistoryStays()
    {
        var deal = await CreateDealAsync("Handover");
        var rep = await app.SignInAsync("rep@demo.local");
        var approver = await app.SignInAsync("approver@demo.local");
        var presales = await app.FindUserAsync("presales@demo.local");

        var forbidden = await rep.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/owner", [new("ownerId", presales!.Id)]);
        var page = await approver.GetPageAsync($"/opportunities/{deal.Id}");
        var reassigned = await approver.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/owner", [new("ownerId", presales.Id)]);
        var unknown = await (await approver.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/owner", [new("ownerId", "nobody")])).Content.ReadAsStringAsync();
        var read = await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id);
        var after = await approver.GetPageAsync($"/opportunities/{deal.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("Reassign opportunity", page);
        Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);
        Assert.Contains("Choose the colleague who takes the opportunity over.", unknown);
        Assert.Equal(presales.Id, read.GetProperty("ownerId").GetString());
        Assert.Equal(3, read.GetProperty("painPoints").GetArrayLength());
        Assert.Contains("Handed Handover from Riley Rep to", after);
        Assert.Contains("Started the opportunity Handover", after);
    }

    [Fact]
    public async Task AProductManagerReadsTheWorkspaceButCannotChangeIt()
    {
        var deal = await CreateDealAsync("Read only");
        var product = await app.SignInAsync("product@demo.local");
        var page = await product.GetPageAsync($"/opportunities/{deal.Id}");
        var token = BrowserExtensions.AntiforgeryToken(page);

        var edit = await product.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.FirstPain}", token, Edit("Mine now", 1)));
        var move = await product.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{deal.Id}/pain-points/{deal.FirstPain}/move?direction=down", token));
        var stage = await product.SubmitFormAsync($"/opportunities/{deal.Id}", $"/opportunities/{deal.Id}/stage", [new("Stage", "lost"), new("Reason", "x")]);

        Assert.DoesNotContain("Move to another stage", page);
        Assert.Empty(Html.Parse(page).QuerySelectorAll("[href*='/pain-points/'][href$='/edit'], [hx-get*='/pain-points/'][hx-get$='/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stage.StatusCode);
    }

    [Fact]
    public async Task AccountAndOpportunityDetailsAreEditedWithStaleEditsAndBadValuesRefused()
    {
        var deal = await CreateDealAsync("Details");
        var rep = await app.SignInAsync("rep@demo.local");

        var badAccount = await (await rep.SubmitFormAsync($"/accounts/{deal.AccountId}/edit", $"/accounts/{deal.AccountId}/edit",
            [new("Name", ""), new("Industry", new string('x', 101)), new("Version", "1")])).Content.ReadAsStringAsync();
        var account = await rep.SubmitFormAsync($"/accounts/{deal.AccountId}/edit", $"/accounts/{deal.AccountId}/edit",
            [new("Name", "Détails 有限公司 <Ltd>"), new("Industry", "Retail"), new("Region", "Nordics"), new("Version", "1")]);
        var staleAccount = await (await rep.SubmitFormAsync($"/accounts/{deal.AccountId}/edit", $"/accounts/{deal.AccountId}/edit",
            [new("Name", "Overwrite"), new("Version", "1")])).Content.ReadAsStringAsync();
        var badOpportunity = await (await rep.SubmitFormAsync($"/opportunities/{deal.Id}/edit", $"/opportunities/{deal.Id}/edit",
            [new("Name", "Details"), new("Budget", "-1"), new("ExpectedClose", "31/02/2027"), new("Version", "1")])).Content.ReadAsStringAsync();
        var opportunity = await rep.SubmitFormAsync($"/opportunities/{deal.Id}/edit", $"/opportunities/{deal.Id}/edit",
            [new("Name", "Details, phase 2"), new("Budget", "90000"), new("ExpectedClose", "2027-06-30"), new("Competitors", "Acme, Logiqa"), new("Version", "1")]);
        var staleOpportunity = await (await rep.SubmitFormAsync($"/opportunities/{deal.Id}/edit", $"/opportunities/{deal.Id}/edit",
            [new("Name", "Overwrite"), new("Version", "1")])).Content.ReadAsStringAsync();
        var read = await ReadAsync(await app.ApiClientAsync("rep@demo.local"), deal.Id);
        var accountPage = await rep.GetPageAsync($"/accounts/{deal.AccountId}");

        Assert.Contains("Give the account&#x27;s name.", badAccount);
        Assert.Contains("At most 100 characters; this has 101.", badAccount);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Contains("Someone changed this account while you were editing it", staleAccount);
        Assert.Contains("value=\"Overwrite\"", staleAccount);
        Assert.Contains("An amount can&#x27;t be below zero.", badOpportunity);
        Assert.Contains("field__error\">", badOpportunity);
        Assert.Equal(HttpStatusCode.Redirect, opportunity.StatusCode);
        Assert.Contains("Someone changed this opportunity while you were editing it", staleOpportunity);
        Assert.Equal("Details, phase 2", read.GetProperty("name").GetString());
        Assert.Equal(90000m, read.GetProperty("budget").GetDecimal());
        Assert.Equal("2027-06-30", read.GetProperty("expectedClose").GetString());
        Assert.Equal(["Acme", "Logiqa"], read.GetProperty("competitors").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Détails 有限公司 &lt;Ltd&gt;", accountPage);
        Assert.Contains("Edited the details of Details, phase 2", accountPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("product@demo.local")).GetAsync($"/opportunities/{deal.Id}/edit")).StatusCode);
    }
}
