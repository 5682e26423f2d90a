using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

public sealed class DiscoveryPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static HttpRequestMessage Htmx(HttpMethod method, string url, string token, Dictionary<string, string>? form = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private static Dictionary<string, string> Pain(string title) => new()
    {
        ["Title"] = title,
        ["Category"] = "SLOW-FULFIL",
        ["Severity"] = "4",
        ["AnnualImpact"] = "45000",
        ["ClientWords"] = "货车要等两个小时 🚚",
    };

    [Fact]
    public async Task EveryRoleReadsAccountsAndFiltersAnswerHtmxWithTheResults()
    {
        var product = await app.SignInAsync("product@demo.local");

        var page = await product.GetPageAsync("/accounts");
        var fragment = await product.SendAsync(Htmx(HttpMethod.Get, "/accounts?region=Greater%20China", ""));
        var fragmentHtml = await fragment.Content.ReadAsStringAsync();

        Assert.Matches("[0-9]+ accounts", page);
        Assert.Contains("href=\"/accounts/1\"", page);
        Assert.StartsWith("<div id=\"account-results\"", fragmentHtml.Trim());
        Assert.Contains("HX-Request", fragment.Headers.Vary);
        Assert.DoesNotContain("<html", fragmentHtml);
    }

    [Fact]
    public async Task AccountPageListsItsOpportunities()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var html = await rep.GetPageAsync("/accounts/1");

        Assert.Matches("href=\"/opportunities/[0-9]+\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync("/accounts/999999")).StatusCode);
    }

    [Fact]
    public async Task OpportunityPageShowsPainsDecisionChainAndSummary()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var html = await rep.GetPageAsync("/opportunities/1");

        Assert.Contains("Pain points, most pressing first", html);
        Assert.Contains("Decision chain", html);
        Assert.Contains("id=\"discovery-summary\"", html);
        Assert.Contains("Add a pain point", html);
    }

    [Fact]
    public async Task ARepCapturesAPainPointInlineAndGetsTheListFormAndSummaryBack()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync("/opportunities/2"));

        var response = await rep.SendAsync(Htmx(HttpMethod.Post, "/opportunities/2/pain-points", token, Pain("<b>Trucks wait</b> at the gate")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<div id=\"pain-capture\"", html.Trim());
        Assert.Contains("&lt;b&gt;Trucks wait&lt;/b&gt; at the gate", html);
        Assert.DoesNotContain("<b>Trucks wait</b>", html);
        Assert.Contains("货车要等两个小时", html);
        Assert.Contains("&#x1F69A;", html);
        Assert.Contains("hx-swap-oob=\"true\"", html);
        Assert.DoesNotMatch("id=\"pain-title\"[^>]*value=\"[^\"]", html);
        Assert.Contains("autofocus", html);
        Assert.Contains("&lt;b&gt;Trucks wait&lt;/b&gt;", await rep.GetPageAsync("/opportunities/2"));
    }

    [Fact]
    public async Task BadCaptureIsExplainedNextToTheFieldAndNothingIsAdded()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var before = Html.Parse(await rep.GetPageAsync("/opportunities/3")).QuerySelectorAll("li.pain").Length;
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync("/opportunities/3"));
        var bad = Pain("");
        bad["Category"] = "NO-SUCH";
        bad["Severity"] = "9";
        bad["AnnualImpact"] = "-5";

        var html = await (await rep.SendAsync(Htmx(HttpMethod.Post, "/opportunities/3/pain-points", token, bad))).Content.ReadAsStringAsync();
        var errors = Html.Parse(html).QuerySelectorAll("#pain-capture .field__error").Select(e => e.TextContent.Trim()).Where(e => e.Length > 0).ToList();

        Assert.Equal(["Say in a few words what hurts.", "Choose a category.", "Choose how much it hurts, from 1 (annoying) to 5 (critical).", "An amount can't be below zero."], errors);
        Assert.Equal(before, Html.Parse(await rep.GetPageAsync("/opportunities/3")).QuerySelectorAll("li.pain").Length);
    }

    [Fact]
    public async Task WithoutJavaScriptTheFormPostsAndRedirectsBack()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var response = await rep.SubmitFormAsync("/opportunities/4", "/opportunities/4/pain-points", Pain("Plain form post"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Plain form post", await rep.GetPageAsync("/opportunities/4"));
    }

    [Fact]
    public async Task ProductManagersReadButCannotCapture()
    {
        var product = await app.SignInAsync("product@demo.local");

        var page = await product.GetPageAsync("/opportunities/1");
        var response = await product.SubmitFormAsync("/opportunities/1", "/opportunities/1/pain-points", Pain("Not mine"));

        Assert.DoesNotContain("Add a pain point", page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ARepCreatesAnAccountAndStartsAnOpportunity()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var empty = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", new Dictionary<string, string> { ["Name"] = " " });
        var created = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", new Dictionary<string, string> { ["Name"] = "Brightwater Retail", ["Industry"] = "Retail" });
        var accountUrl = created.Headers.Location!.OriginalString;
        var badOpportunity = await rep.SubmitFormAsync(accountUrl, $"{accountUrl}/opportunities", new Dictionary<string, string> { ["Name"] = "", ["Currency"] = "EURO", ["Budget"] = "-1" });
        var opportunity = await rep.SubmitFormAsync(accountUrl, $"{accountUrl}/opportunities", new Dictionary<string, string> { ["Name"] = "New DC", ["Currency"] = "eur", ["Competitors"] = "Logiqa, Stackwise WMS" });

        Assert.Contains("Give the account&#x27;s name.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var badHtml = await badOpportunity.Content.ReadAsStringAsync();
        Assert.Contains("Give the opportunity&#x27;s name.", badHtml);
        Assert.Contains("Write the currency as its three-letter code, e.g. EUR, USD or CNY.", badHtml);
        Assert.Contains("An amount can&#x27;t be below zero.", badHtml);
        Assert.Equal(HttpStatusCode.Redirect, opportunity.StatusCode);
        var page = await rep.GetPageAsync(opportunity.Headers.Location!.OriginalString);
        Assert.Contains("New DC", page);
        Assert.Contains("competing with Logiqa, Stackwise WMS", page);
        Assert.Contains("No economic buyer is known", page);
    }

    [Fact]
    public async Task AMalformedDateOrBudgetIsNamedNextToItsFieldAndNothingIsCreated()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var before = (await rep.GetPageAsync("/accounts/5")).Split("href=\"/opportunities/").Length;

        var response = await rep.SubmitFormAsync("/accounts/5", "/accounts/5/opportunities",
            new Dictionary<string, string> { ["Name"] = "Tampered", ["Currency"] = "EUR", ["ExpectedClose"] = "next spring", ["Budget"] = "lots" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&#x27;next spring&#x27; is not", html);
        Assert.Equal("lots", Html.Parse(html).Attr("#opportunity-budget", "value"));
        Assert.Contains("Write an amount such as 45,000, 45k, 1.2m or 22万.", Html.Parse(html).One("#opportunity-budget").ParentElement!.TextContent);
        Assert.Equal(before, (await rep.GetPageAsync("/accounts/5")).Split("href=\"/opportunities/").Length);
    }

    [Fact]
    public async Task AddingTheEconomicBuyerClearsTheWarning()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var created = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", new Dictionary<string, string> { ["Name"] = "Fjordline Foods" });
        var opportunity = await rep.SubmitFormAsync(created.Headers.Location!.OriginalString, $"{created.Headers.Location!.OriginalString}/opportunities",
            new Dictionary<string, string> { ["Name"] = "Cold store", ["Currency"] = "NOK" });
        var url = opportunity.Headers.Location!.OriginalString;
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync(url));

        var bad = await (await rep.SendAsync(Htmx(HttpMethod.Post, $"{url}/stakeholders", token, new Dictionary<string, string> { ["Name"] = "", ["Role"] = "wizard" }))).Content.ReadAsStringAsync();
        var added = await (await rep.SendAsync(Htmx(HttpMethod.Post, $"{url}/stakeholders", token, new Dictionary<string, string>
        {
            ["Name"] = "Kari Nordmann",
            ["Title"] = "CFO",
            ["Role"] = "economic-buyer",
            ["Stance"] = "supporter",
            ["Influence"] = "5",
        }))).Content.ReadAsStringAsync();

        Assert.Contains("Give the person&#x27;s name.", bad);
        Assert.Contains("Choose the person&#x27;s role in the decision.", bad);
        Assert.StartsWith("<div id=\"decision-chain\"", added.Trim());
        Assert.Contains("Kari Nordmann", added);
        Assert.DoesNotContain("No economic buyer is known", added);
        Assert.Contains("No champion is known", added);
        Assert.Contains("hx-swap-oob=\"true\"", added);
    }
}
