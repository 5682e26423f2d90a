using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

/// <summary>
/// What the discovery pages say when they refuse something, in a salesperson's words, with what was
/// typed kept in its field; amounts typed as people type them; the API keeps its precise problem details.
/// </summary>
public sealed class CaptureWordingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int AccountId, int OpportunityId)> CreateDealAsync(string name, string currency = "EUR")
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} account" })).Content.ReadFromJsonAsync<JsonElement>();
        var accountId = account.GetProperty("id").GetInt32();
        var created = await (await api.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name, currency })).Content.ReadFromJsonAsync<JsonElement>();
        return (accountId, created.GetProperty("id").GetInt32());
    }

    private static HttpRequestMessage Htmx(string url, string token, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private static string ErrorNextTo(AngleSharp.Dom.IDocument page, string fieldId) =>
        page.One($"#{fieldId}").ParentElement!.QuerySelector(".field__error")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task ARefusedPainPointIsExplainedInTheRepsWordsAndKeepsWhatWasTyped()
    {
        var (_, id) = await CreateDealAsync("Refused pain");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{id}"));

        var response = await rep.SendAsync(Htmx($"/opportunities/{id}/pain-points", token, new()
        {
            ["Title"] = "Board report built by hand",
            ["Category"] = "",
            ["Severity"] = "9",
            ["AnnualImpact"] = "45kk",
        }));
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose a category.", ErrorNextTo(page, "pain-category"));
        Assert.Equal("Choose how much it hurts, from 1 (annoying) to 5 (critical).", ErrorNextTo(page, "pain-severity"));
        Assert.Equal("Write an amount such as 45,000, 45k, 1.2m or 22万.", ErrorNextTo(page, "pain-impact"));
        Assert.Equal("Board report built by hand", page.Attr("#pain-title", "value"));
        Assert.Equal("45kk", page.Attr("#pain-impact", "value"));
        Assert.Equal("true", page.Attr("#pain-title", "data-select"));
        Assert.Empty(page.QuerySelectorAll("#pain-list li.pain"));
        Assert.DoesNotContain("taxonomy", page.One("#pain-capture").TextContent);
    }

    [Fact]
    public async Task AnEmptyTitleAndAnAmountInAnotherCurrencyAreNamedPlainly()
    {
        var (_, id) = await CreateDealAsync("Wrong currency");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{id}"));

        var page = Html.Parse(await (await rep.SendAsync(Htmx($"/opportunities/{id}/pain-points", token, new()
        {
            ["Title"] = " ",
            ["Category"] = "SLOW-FULFIL",
            ["Severity"] = "3",
            ["AnnualImpact"] = "$30,000",
        }))).Content.ReadAsStringAsync());

        Assert.Equal("Say in a few words what hurts.", ErrorNextTo(page, "pain-title"));
        Assert.Equal("“$” is another currency: amounts here are in EUR.", ErrorNextTo(page, "pain-impact"));
        Assert.Equal("$30,000", page.Attr("#pain-impact", "value"));
        Assert.Equal("SLOW-FULFIL", page.One("#pain-category option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task AnAmountTypedAsPeopleTypeItIsSavedAndTheNextFormStartsClean()
    {
        var (_, id) = await CreateDealAsync("Typed amounts");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{id}"));

        var page = Html.Parse(await (await rep.SendAsync(Htmx($"/opportunities/{id}/pain-points", token, new()
        {
            ["Title"] = "Returns pile up for weeks",
            ["Category"] = "RETURNS",
            ["Severity"] = "4",
            ["AnnualImpact"] = "€45k",
        }))).Content.ReadAsStringAsync());

        Assert.Contains("EUR 45,000 a year", page.One("#pain-list li.pain").TextContent);
        Assert.Equal("", page.One("#pain-title").GetAttribute("value") ?? "");
        Assert.Null(page.QuerySelector("#pain-category option[selected]"));
        Assert.Equal("3", page.One("#pain-severity option[selected]").GetAttribute("value"));
        Assert.Equal("false", page.Attr("#pain-title", "data-select"));
        var api = await app.ApiClientAsync("rep@demo.local");
        var saved = await api.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}");
        Assert.Equal(45000m, saved.GetProperty("painPoints")[0].GetProperty("annualImpact").GetDecimal());
    }

    [Fact]
    public async Task TheApiKeepsItsPreciseProblemDetailsAndPlainNumbers()
    {
        var (_, id) = await CreateDealAsync("Precise API");
        var api = await app.ApiClientAsync("rep@demo.local");

        var refused = await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = "Trucks wait", category = "", severity = 3 });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var text = await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = "Trucks wait", category = "SLOW-FULFIL", severity = 3, annualImpact = "45k" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is not in the taxonomy", problem.GetProperty("errors").GetProperty("category")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
    }

    [Fact]
    public async Task TheBudgetIsReadInTheDealsCurrencyOnEveryForm()
    {
        var (accountId, id) = await CreateDealAsync("Budget forms", "CNY");
        var rep = await app.SignInAsync("rep@demo.local");

        var refused = await rep.SubmitFormAsync($"/opportunities/{id}/edit", $"/opportunities/{id}/edit",
            new Dictionary<string, string> { ["Name"] = "Budget forms", ["Budget"] = "€20,000", ["Version"] = "1" });
        var refusedPage = Html.Parse(await refused.Content.ReadAsStringAsync());
        var saved = await rep.SubmitFormAsync($"/opportunities/{id}/edit", $"/opportunities/{id}/edit",
            new Dictionary<string, string> { ["Name"] = "Budget forms", ["Budget"] = "22万", ["Version"] = "1" });
        var started = await rep.SubmitFormAsync($"/accounts/{accountId}", $"/accounts/{accountId}/opportunities",
            new Dictionary<string, string> { ["Name"] = "", ["Currency"] = "eur", ["Budget"] = "1.2m" });
        var startedPage = Html.Parse(await started.Content.ReadAsStringAsync());

        Assert.Equal("“€” is another currency: amounts here are in CNY.", ErrorNextTo(refusedPage, "Budget"));
        Assert.Equal("€20,000", refusedPage.Attr("#Budget", "value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Budget CNY 220,000", (await rep.GetPageAsync($"/opportunities/{id}")));
        Assert.Equal("1.2m", startedPage.Attr("#opportunity-budget", "value"));
        Assert.Equal("", ErrorNextTo(startedPage, "opportunity-budget"));
        Assert.Equal("Give the opportunity's name.", ErrorNextTo(startedPage, "opportunity-name"));
    }

    [Fact]
    public async Task WhatAnAmountIsUnderstoodAsIsShownBeforeSaving()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var understood = Html.Parse(await rep.GetPageAsync("/amounts/understood?currency=EUR&AnnualImpact=45k"));
        var refused = Html.Parse(await rep.GetPageAsync("/amounts/understood?currency=EUR&Budget=%2430%2C000"));
        var empty = await rep.GetPageAsync("/amounts/understood?currency=EUR&Budget=");

        Assert.Equal("Understood as EUR 45,000", understood.One(".amount-understood").TextContent.Trim());
        Assert.Equal("“$” is another currency: amounts here are in EUR.", refused.One(".field__error").TextContent.Trim());
        Assert.Equal("", empty.Trim());
    }

    [Fact]
    public async Task ARefusedPersonIsExplainedInTheRepsWordsAndTheFormStaysOpen()
    {
        var (_, id) = await CreateDealAsync("Refused person");
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{id}"));

        var refused = Html.Parse(await (await rep.SendAsync(Htmx($"/opportunities/{id}/stakeholders", token,
            new() { ["Name"] = "", ["Title"] = "Head of stores", ["Role"] = "wizard" }))).Content.ReadAsStringAsync());
        var added = Html.Parse(await (await rep.SendAsync(Htmx($"/opportunities/{id}/stakeholders", token,
            new() { ["Name"] = "Maja Lind", ["Role"] = "champion", ["Stance"] = "supporter" }))).Content.ReadAsStringAsync());

        Assert.Equal("Give the person's name.", ErrorNextTo(refused, "person-name"));
        Assert.Equal("Choose the person's role in the decision.", ErrorNextTo(refused, "person-role"));
        Assert.Equal("Head of stores", refused.Attr("#person-title", "value"));
        Assert.NotNull(refused.One("details.chain__add").GetAttribute("open"));
        Assert.Equal("true", refused.Attr("#person-name", "data-select"));
        Assert.NotNull(added.One("details.chain__add").GetAttribute("open"));
        Assert.Equal("", added.One("#person-name").GetAttribute("value") ?? "");
        Assert.NotNull(added.One("#person-name").GetAttribute("autofocus"));
    }

    [Fact]
    public async Task TheSummaryNamesTheKeyRolesKnownAndMissing()
    {
        var (_, id) = await CreateDealAsync("Key roles");
        var rep = await app.SignInAsync("rep@demo.local");
        var empty = Html.Parse(await rep.GetPageAsync($"/opportunities/{id}"));
        var api = await app.ApiClientAsync("rep@demo.local");
        await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/stakeholders", new { name = "Ana Ruiz", role = "economic-buyer", stance = "supporter" });
        await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/stakeholders", new { name = "Li Wei", role = "champion", stance = "supporter" });
        await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = "Trucks wait", category = "SLOW-FULFIL", severity = 3 });

        var page = Html.Parse(await rep.GetPageAsync($"/opportunities/{id}"));

        Assert.Equal("Key roles missing: economic buyer, decision maker, technical evaluator, champion", empty.One("#discovery-summary .key-roles").TextContent);
        Assert.Equal("Key roles known: economic buyer, champion — missing: decision maker, technical evaluator", page.One("#discovery-summary .key-roles").TextContent);
        Assert.Contains("Pain point", page.QuerySelectorAll("#discovery-summary .stat__label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task AStageMoveWithoutAStageIsExplainedInTheRepsWords()
    {
        var (_, id) = await CreateDealAsync("Stage words");
        var rep = await app.SignInAsync("rep@demo.local");

        var response = await rep.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/stage", new Dictionary<string, string> { ["Stage"] = "closing" });
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Choose the stage to move to.", ErrorNextTo(page, "stage-to"));
    }
}
