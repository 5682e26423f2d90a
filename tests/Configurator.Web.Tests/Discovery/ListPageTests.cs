using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

/// <summary>The opportunities page, the next step on the opportunity page, and look-alike account names on the account form.</summary>
public sealed class ListPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int AccountId, int Id)> CreateDealAsync(string account)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var created = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account, region = "Nordics", allowSimilar = true });
        var accountId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var opportunity = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name = $"{account} deal", currency = "EUR", budget = 50000 });
        return (accountId, (await opportunity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task TheOpportunitiesPageShowsMyOpenDealsByDefaultAndFilters()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var mine = Html.Parse(await rep.GetPageAsync("/opportunities"));
        var everyStage = Html.Parse(await rep.GetPageAsync("/opportunities?owner=anyone&stage=any"));
        var anyone = Html.Parse(await rep.GetPageAsync("/opportunities?owner=anyone&stage=won"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/opportunities?owner=anyone&sort=-value");
        request.Headers.Add("HX-Request", "true");
        var fragment = await rep.SendAsync(request);
        var byValue = Html.Parse(await fragment.Content.ReadAsStringAsync());

        Assert.Equal("/opportunities", mine.Attr("nav a[aria-current=page]", "href"));
        Assert.Equal("me", mine.Attr("#opportunity-owner option[selected]", "value"));
        var owners = mine.QuerySelectorAll("#opportunity-table tbody td[data-label=Owner]").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Riley Rep"], owners);
        var stages = anyone.QuerySelectorAll("#opportunity-table tbody td[data-label=Stage]").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Won"], stages);
        Assert.Contains("HX-Request", fragment.Headers.Vary);
        Assert.Equal("opportunity-results", byValue.Body!.FirstElementChild!.Id);
        Assert.Equal("open", mine.Attr("#opportunity-stage option[selected]", "value"));
        var openStages = mine.QuerySelectorAll("#opportunity-table tbody td[data-label=Stage]").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(openStages);
        Assert.DoesNotContain("Won", openStages);
        Assert.DoesNotContain("Lost", openStages);
        var allStages = everyStage.QuerySelectorAll("#opportunity-table tbody td[data-label=Stage]").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("Won", allStages);
        // Value sorts within each currency: currencies come in runs, each run from the largest budget down.
        var budgets = byValue.QuerySelectorAll("#opportunity-table tbody td[data-label=Budget]").Select(td => td.TextContent.Trim()).Where(t => t != "—")
            .Select(t => (Currency: t.Split(' ')[0], Amount: decimal.Parse(t.Split(' ')[1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(budgets.Count > 1);
        var runs = budgets.Select(b => b.Currency).Where((c, i) => i == 0 || budgets[i - 1].Currency != c).ToList();
        Assert.Equal(runs.Distinct().Order(StringComparer.Ordinal), runs);
        foreach (var run in budgets.GroupBy(b => b.Currency))
        {
            Assert.Equal(run.Select(b => b.Amount).OrderDescending(), run.Select(b => b.Amount));
        }
    }

    [Fact]
    public async Task BadFiltersOnThePageAreNamedAndLeftOut()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var response = await rep.GetAsync("/opportunities?stage=closing&closeFrom=tomorrow&sort=price");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.One("#opportunity-results .alert").TextContent;
        Assert.Contains("stage is 'open', 'any' or one of", alert);
        Assert.Contains("closeFrom is a date written yyyy-MM-dd", alert);
        Assert.Contains("sort is one of", alert);
        Assert.NotEmpty(page.QuerySelectorAll("#opportunity-table tbody tr"));
    }

    [Fact]
    public async Task ANextStepIsSetOnTheOpportunityPageShownInTheListsAndKeptInTheTimeline()
    {
        var deal = await CreateDealAsync("Stepwise Foods");
        var rep = await app.SignInAsync("rep@demo.local");
        var page = $"/opportunities/{deal.Id}";
        var action = $"/opportunities/{deal.Id}/next-step";

        var noDate = await rep.SubmitFormAsync(page, action, [new("NextStep", "Site visit"), new("Version", "1")]);
        var noDateHtml = Html.Parse(await noDate.Content.ReadAsStringAsync());
        var set = await rep.SubmitFormAsync(page, action, [new("NextStep", "Site visit with the CFO"), new("NextStepDue", "2020-02-03"), new("Version", "1")]);
        var stale = await rep.SubmitFormAsync(page, action, [new("NextStep", "Overwrite"), new("NextStepDue", "2030-01-01"), new("Version", "1")]);
        var staleHtml = Html.Parse(await stale.Content.ReadAsStringAsync());
        var opportunity = Html.Parse(await rep.GetPageAsync(page));
        var account = Html.Parse(await rep.GetPageAsync($"/accounts/{deal.AccountId}"));
        var list = Html.Parse(await rep.GetPageAsync($"/opportunities?account={deal.AccountId}"));
        var edit = Html.Parse(await rep.GetPageAsync($"/opportunities/{deal.Id}/edit"));

        Assert.Equal(HttpStatusCode.OK, noDate.StatusCode);
        Assert.Equal("Give the date the next step is due.", noDateHtml.One("#next-step-due + .field__error").TextContent);
        Assert.Equal("Site visit", noDateHtml.Attr("#next-step-text", "value"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("has changed since version 1", staleHtml.One("#next-step-text + .field__error").TextContent);
        Assert.Contains("overdue since 3 Feb 2020", opportunity.One("#next-step .next-step--overdue").TextContent);
        Assert.Contains("Set the next step of Stepwise Foods deal, due 3 Feb 2020: Site visit with the CFO", opportunity.One("#timeline-heading").ParentElement!.TextContent);
        Assert.Contains("Site visit with the CFO", account.One("td[data-label='Next step'] .next-step--overdue").TextContent);
        Assert.Contains("Site visit with the CFO", list.One("tr.row--overdue td[data-label='Next step']").TextContent);
        Assert.Equal("Site visit with the CFO", edit.Attr("#NextStep", "value"));
        Assert.Equal("2020-02-03", edit.Attr("#NextStepDue", "value"));
    }

    [Fact]
    public async Task TheEditFormChangesAndClearsTheNextStep()
    {
        var deal = await CreateDealAsync("Clearwater Dairy");
        var rep = await app.SignInAsync("rep@demo.local");
        var edit = $"/opportunities/{deal.Id}/edit";

        var set = await rep.SubmitFormAsync(edit, edit, [new("Name", "Clearwater Dairy deal"), new("NextStep", "Send the pilot plan"), new("NextStepDue", "2031-05-01"), new("Version", "1")]);
        var cleared = await rep.SubmitFormAsync(edit, edit, [new("Name", "Clearwater Dairy deal"), new("NextStep", ""), new("NextStepDue", ""), new("Version", "2")]);
        var opportunity = Html.Parse(await rep.GetPageAsync($"/opportunities/{deal.Id}"));

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal("No next step", opportunity.One("#next-step p").TextContent.Trim());
        var timeline = opportunity.One("#timeline-heading").ParentElement!.TextContent;
        Assert.Contains("Set the next step of Clearwater Dairy deal, due 1 May 2031: Send the pilot plan", timeline);
        Assert.Contains("Cleared the next step of Clearwater Dairy deal", timeline);
    }

    [Fact]
    public async Task ALookAlikeAccountNameAsksToConfirmAndLinksToTheExistingAccount()
    {
        var existing = await CreateDealAsync("Brekke Dairy AS");
        var rep = await app.SignInAsync("rep@demo.local");

        var warned = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", [new("Name", "BREKKE DAIRY"), new("Region", "Nordics")]);
        var warning = Html.Parse(await warned.Content.ReadAsStringAsync());
        var badRegion = Html.Parse(await (await rep.SubmitFormAsync("/accounts/new", "/accounts/new", [new("Name", "Orbit Freight"), new("Region", "Mars")])).Content.ReadAsStringAsync());
        var confirmed = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", [new("Name", "BREKKE DAIRY"), new("Region", "Nordics"), new("AllowSimilar", "true")]);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Equal($"/accounts/{existing.AccountId}", warning.Attr("#similar-accounts a", "href"));
        Assert.Equal("Brekke Dairy AS", warning.One("#similar-accounts a").TextContent);
        Assert.Equal("BREKKE DAIRY", warning.Attr("#Name", "value"));
        Assert.Equal("Nordics", warning.Attr("#Region option[selected]", "value"));
        Assert.NotNull(warning.QuerySelector("#AllowSimilar"));
        Assert.StartsWith("Choose one of the regions:", badRegion.One("#Region + .field__error").TextContent);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task ASearchThatFindsNoAccountOffersToCreateItPrefilled()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var product = await app.SignInAsync("product@demo.local");

        var results = Html.Parse(await rep.GetPageAsync("/accounts?q=Zephyr%20%26%20Sons"));
        var offer = results.Attr("#create-offer", "href");
        var form = Html.Parse(await rep.GetPageAsync(offer));
        var readOnly = Html.Parse(await product.GetPageAsync("/accounts?q=Zephyr"));

        Assert.Equal("/accounts/new?name=Zephyr%20%26%20Sons", offer);
        Assert.Equal("Create account ‘Zephyr & Sons’", results.One("#create-offer").TextContent);
        Assert.Equal("Zephyr & Sons", form.Attr("#Name", "value"));
        Assert.Equal("Industry-choices", form.Attr("#Industry", "list"));
        Assert.Null(readOnly.QuerySelector("#create-offer"));
    }
}
