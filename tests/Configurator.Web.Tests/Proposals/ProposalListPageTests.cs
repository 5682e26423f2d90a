using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>The proposals page's list: newest first, a page at a time, found by title, deal or client and by status, with the API's rules.</summary>
public sealed class ProposalListPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#proposal-table tbody td[data-label='Proposal title']").Select(td => td.TextContent.Trim())];

    private async Task<int> CreateProposalsAsync(string account, params string[] titles)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var presales = await app.ApiClientAsync("presales@demo.local");
        var created = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account, region = "Nordics", allowSimilar = true });
        var accountId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var deal = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name = "Cold store", currency = "EUR", budget = 80000 });
        var dealId = (await deal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        foreach (var title in titles)
        {
            var proposal = await presales.PostAsJsonAsync($"/api/v1/opportunities/{dealId}/proposals", new { title, language = "en", termMonths = 36, recommend = false });
            Assert.Equal(HttpStatusCode.Created, proposal.StatusCode);
        }
        return accountId;
    }

    [Fact]
    public async Task TheNewestComeFirstAPageAtATimeAndAClientsProposalsAreFoundByItsName()
    {
        var accountId = await CreateProposalsAsync("Paginia Foods", "Paginia first answer", "Paginia second answer", "Paginia third answer");
        var presales = await app.SignInAsync("presales@demo.local");

        var all = Html.Parse(await presales.GetPageAsync("/proposals"));
        var byClient = Html.Parse(await presales.GetPageAsync("/proposals?q=PAGINIA%20foods"));
        var firstOfTwo = Html.Parse(await presales.GetPageAsync("/proposals?q=paginia&pageSize=2"));
        var nextUrl = firstOfTwo.Attr("#proposal-results a[rel=next]", "href");
        var second = Html.Parse(await presales.GetPageAsync(nextUrl));
        var request = new HttpRequestMessage(HttpMethod.Get, "/proposals?q=paginia&status=in-review");
        request.Headers.Add("HX-Request", "true");
        var fragment = await presales.SendAsync(request);
        var noneInReview = Html.Parse(await fragment.Content.ReadAsStringAsync());
        var api = await (await app.ApiClientAsync("product@demo.local")).GetFromJsonAsync<JsonElement>("/api/v1/proposals?q=paginia%20foods");

        Assert.Equal(["Paginia third answer", "Paginia second answer", "Paginia first answer"], Titles(all).Where(t => t.StartsWith("Paginia", StringComparison.Ordinal)));
        Assert.InRange(Titles(all).Count, 3, 50);
        Assert.Equal(["Paginia third answer", "Paginia second answer", "Paginia first answer"], Titles(byClient));
        Assert.Contains("Paginia Foods — Cold store", byClient.One("#proposal-table tbody td[data-label=Opportunity]").TextContent);
        Assert.Contains("3 proposals", byClient.One("#proposal-results").TextContent);
        Assert.Equal(["Paginia third answer", "Paginia second answer"], Titles(firstOfTwo));
        Assert.Contains("page 1 of 2", firstOfTwo.One("#proposal-results").TextContent);
        Assert.Equal("/proposals?q=paginia&page=2&pageSize=2", nextUrl);
        Assert.Equal(["Paginia first answer"], Titles(second));
        Assert.Equal("paginia", second.Attr("#proposal-q", "value"));
        Assert.Contains("HX-Request", fragment.Headers.Vary);
        Assert.Equal("proposal-results", noneInReview.Body!.FirstElementChild!.Id);
        Assert.Contains("No proposal matches. Try other words or another status.", noneInReview.Body.TextContent);
        // The API finds by the same rules, in id order, and names the deal and client of each.
        Assert.Equal(3, api.GetProperty("total").GetInt32());
        var oldest = api.GetProperty("items")[0];
        Assert.Equal("Paginia first answer", oldest.GetProperty("title").GetString());
        Assert.Equal("Paginia Foods", oldest.GetProperty("account").GetString());
        Assert.Equal("Cold store", oldest.GetProperty("opportunity").GetString());
        Assert.Equal(accountId, oldest.GetProperty("accountId").GetInt32());
    }

    [Fact]
    public async Task FiltersThePageCannotUseAreNamedInWordsAndTheRestOfTheListStillShows()
    {
        await CreateProposalsAsync("Filtria Foods", "Filtria answer");
        var presales = await app.SignInAsync("presales@demo.local");

        var response = await presales.GetAsync("/proposals?status=done&page=zero&account=abc");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.One("#proposal-results .alert").TextContent;
        Assert.Contains("Choose one of the statuses in the list.", alert);
        Assert.Contains("That page could not be shown, so the first is.", alert);
        Assert.Contains("Part of the address could not be used as a filter: account.", alert);
        Assert.Contains("Choose one of the statuses in the list.", page.One("#proposal-status ~ .field__error").TextContent);
        Assert.Null(page.QuerySelector("#proposal-status option[selected]:not([value=''])"));
        Assert.NotEmpty(Titles(page));
    }

    [Fact]
    public async Task APagePastTheEndSaysSoAndLeadsBackToTheFirst()
    {
        await CreateProposalsAsync("Endmark Foods", "Endmark answer");
        var presales = await app.SignInAsync("presales@demo.local");

        var page = Html.Parse(await presales.GetPageAsync("/proposals?q=endmark&page=7"));

        Assert.Empty(Titles(page));
        Assert.Contains("This page is past the end of the list.", page.One("#proposal-results .empty-state").TextContent);
        Assert.Equal("/proposals?q=endmark", page.Attr("#proposal-results .empty-state a", "href"));
        Assert.DoesNotContain("No proposal yet", page.One("#proposal-results").TextContent);
    }
}
