using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

/// <summary>The list endpoints for integrations, account and opportunity PATCH, and the duplicate-name guard in the API.</summary>
public sealed class ListApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<(int AccountId, JsonElement Opportunity)> CreateDealAsync(HttpClient rep, string account, string name = "Peak readiness")
    {
        var created = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account, industry = "Logistics", region = "Nordics", allowSimilar = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var accountId = (await BodyAsync(created)).GetProperty("id").GetInt32();
        var opportunity = await rep.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name, currency = "EUR", budget = 120000, expectedClose = "2027-03-31" });
        Assert.Equal(HttpStatusCode.Created, opportunity.StatusCode);
        return (accountId, await BodyAsync(opportunity));
    }

    [Fact]
    public async Task AccountsArePagedByNameThenIdWithoutOverlapOrGaps()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");

        var first = await BodyAsync(await rep.GetAsync("/api/v1/accounts?pageSize=7"));
        var second = await BodyAsync(await rep.GetAsync("/api/v1/accounts?pageSize=7&page=2"));
        var all = await BodyAsync(await rep.GetAsync("/api/v1/accounts?pageSize=100"));

        Assert.Equal(7, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(7, first.GetProperty("pageSize").GetInt32());
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= 30, $"{total} accounts");
        Assert.Equal((total + 6) / 7, first.GetProperty("totalPages").GetInt32());
        Assert.True(first.GetProperty("hasNext").GetBoolean());
        var ids = all.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToList();
        var pages = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(a => a.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Take(14), pages);
        var names = all.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    /// <summary>Search ignores case in every alphabet, on either database (SQLite's own upper() knows only A–Z).</summary>
    [Fact]
    public async Task SearchIgnoresCaseInEveryAlphabet()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var presales = await app.ApiClientAsync("presales@demo.local");
        var (accountId, _) = await CreateDealAsync(rep, "Müller Küchen GmbH", "Größere Lagerfläche");
        await CreateDealAsync(rep, "Москва Логистик", "Склад Δέλτα");
        var proposal = await presales.PostAsJsonAsync($"/api/v1/opportunities/{(await BodyAsync(await rep.GetAsync($"/api/v1/opportunities?account={accountId}"))).GetProperty("items")[0].GetProperty("id").GetInt32()}/proposals",
            new { title = "Ökologische Kühlkette", termMonths = 24 });
        async Task<List<string>> NamesAsync(HttpClient client, string url, string field = "name") =>
            [.. (await BodyAsync(await client.GetAsync(url))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty(field).GetString()!)];

        Assert.Equal(HttpStatusCode.Created, proposal.StatusCode);
        Assert.Equal(["Müller Küchen GmbH"], await NamesAsync(rep, "/api/v1/accounts?q=m%C3%BCller"));
        Assert.Equal(["Müller Küchen GmbH"], await NamesAsync(rep, "/api/v1/accounts?q=K%C3%9CCHEN"));
        Assert.Equal(["Москва Логистик"], await NamesAsync(rep, "/api/v1/accounts?q=%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0"));
        Assert.Equal(["Größere Lagerfläche"], await NamesAsync(rep, "/api/v1/opportunities?q=lagerFL%C3%84CHE"));
        Assert.Equal(["Склад Δέλτα"], await NamesAsync(rep, "/api/v1/opportunities?q=%CE%B4%CE%AD%CE%BB%CF%84%CE%B1"));
        Assert.Equal(["Ökologische Kühlkette"], await NamesAsync(presales, "/api/v1/proposals?q=%C3%B6kologische", "title"));
        Assert.Empty(await NamesAsync(rep, "/api/v1/accounts?q=m%C3%BCllerx"));
    }

    [Fact]
    public async Task OpportunitiesFilterByOwnerStageAccountAndCloseDateAndSortByValue()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var (accountId, deal) = await CreateDealAsync(rep, "Listvik Frakt");
        var repId = deal.GetProperty("ownerId").GetString();

        var mine = await BodyAsync(await rep.GetAsync("/api/v1/opportunities?owner=me&stage=open&sort=-value&pageSize=100"));
        var ofAccount = await BodyAsync(await rep.GetAsync($"/api/v1/opportunities?account={accountId}"));
        var inRange = await BodyAsync(await rep.GetAsync($"/api/v1/opportunities?account={accountId}&closeFrom=2027-03-01&closeTo=2027-03-31"));
        var outOfRange = await BodyAsync(await rep.GetAsync($"/api/v1/opportunities?account={accountId}&closeFrom=2027-04-01"));
        var byName = await BodyAsync(await rep.GetAsync("/api/v1/opportunities?q=listvik"));

        var items = mine.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, o => Assert.Equal(repId, o.GetProperty("ownerId").GetString()));
        Assert.All(items, o => Assert.DoesNotContain(o.GetProperty("stage").GetString(), new[] { "won", "lost" }));
        // Value sorts within each currency (amounts in two currencies do not compare): runs of one currency, each from the largest down.
        var budgets = items.Where(o => o.GetProperty("budget").ValueKind == JsonValueKind.Number)
            .Select(o => (Currency: o.GetProperty("currency").GetString()!, Amount: o.GetProperty("budget").GetDecimal())).ToList();
        var runs = budgets.Select(b => b.Currency).Where((c, i) => i == 0 || budgets[i - 1].Currency != c).ToList();
        Assert.Equal(runs.Distinct().Order(StringComparer.Ordinal), runs);
        Assert.All(budgets.GroupBy(b => b.Currency), run => Assert.Equal(run.Select(b => b.Amount).OrderDescending(), run.Select(b => b.Amount)));
        var only = Assert.Single(ofAccount.GetProperty("items").EnumerateArray());
        Assert.Equal(deal.GetProperty("id").GetInt32(), only.GetProperty("id").GetInt32());
        Assert.Equal("Listvik Frakt", only.GetProperty("account").GetString());
        Assert.Equal(JsonValueKind.Null, only.GetProperty("nextStep").ValueKind);
        Assert.Equal(1, inRange.GetProperty("total").GetInt32());
        Assert.Equal(0, outOfRange.GetProperty("total").GetInt32());
        Assert.Equal(1, byName.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ProposalsListByOpportunityStatusAndTitleForEveryRole()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var presales = await app.ApiClientAsync("presales@demo.local");
        var product = await app.ApiClientAsync("product@demo.local");
        var (accountId, deal) = await CreateDealAsync(rep, "Proposalia Foods");
        var id = deal.GetProperty("id").GetInt32();
        var created = await presales.PostAsJsonAsync($"/api/v1/opportunities/{id}/proposals", new { title = "Cold chain answer", language = "en", termMonths = 36, recommend = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var byOpportunity = await BodyAsync(await product.GetAsync($"/api/v1/proposals?opportunity={id}"));
        var byAccountAndStatus = await BodyAsync(await product.GetAsync($"/api/v1/proposals?account={accountId}&status=draft&q=cold"));
        var approved = await BodyAsync(await product.GetAsync($"/api/v1/proposals?account={accountId}&status=approved"));

        var proposal = Assert.Single(byOpportunity.GetProperty("items").EnumerateArray());
        Assert.Equal("Cold chain answer", proposal.GetProperty("title").GetString());
        Assert.Equal("draft", proposal.GetProperty("status").GetString());
        Assert.Equal(accountId, proposal.GetProperty("accountId").GetInt32());
        Assert.Equal(1, byAccountAndStatus.GetProperty("total").GetInt32());
        Assert.Equal(0, approved.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/accounts?pageSize=101", "pageSize")]
    [InlineData("/api/v1/accounts?pageSize=0", "pageSize")]
    [InlineData("/api/v1/accounts?page=0", "page")]
    [InlineData("/api/v1/accounts?page=two", "page")]
    [InlineData("/api/v1/accounts?region=Mars", "region")]
    [InlineData("/api/v1/accounts?owner=nobody", "owner")]
    [InlineData("/api/v1/opportunities?stage=closing", "stage")]
    [InlineData("/api/v1/opportunities?closeFrom=31/12/2026", "closeFrom")]
    [InlineData("/api/v1/opportunities?closeFrom=2027-01-01&closeTo=2026-01-01", "closeTo")]
    [InlineData("/api/v1/opportunities?close=next-year", "close")]
    [InlineData("/api/v1/opportunities?close=this-month&closeTo=2027-01-01", "close")]
    [InlineData("/api/v1/opportunities?sort=price", "sort")]
    [InlineData("/api/v1/opportunities?account=abc", "account")]
    [InlineData("/api/v1/opportunities?account=999999", "account")]
    [InlineData("/api/v1/opportunities?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/proposals?status=done", "status")]
    [InlineData("/api/v1/proposals?opportunity=999999", "opportunity")]
    [InlineData("/api/v1/proposals?pageSize=500", "pageSize")]
    public async Task BadFilterAndPagingValuesAre400NamingTheParameter(string url, string parameter)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");

        var response = await rep.GetAsync(url);
        var body = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), body.ToString());
        Assert.NotEmpty(messages[0].GetString()!);
    }

    [Fact]
    public async Task ANameLikeAnExistingAccountIs409WithItsIdUnlessASimilarOneIsMeant()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var first = await BodyAsync(await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Fjellheim Logistikk AS", region = "Nordics" }));

        var again = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "fjellheim-logistikk", region = "Nordics" });
        var problem = await BodyAsync(again);
        var meant = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Fjellheim Logistikk", region = "Nordics", allowSimilar = true });
        var badRegion = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Marsbase Mining", region = "Mars" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(first.GetProperty("id").GetInt32(), problem.GetProperty("existingAccountId").GetInt32());
        Assert.Equal("Fjellheim Logistikk AS", problem.GetProperty("similarAccounts")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Created, meant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRegion.StatusCode);
        Assert.Contains("Choose one of the regions", (await BodyAsync(badRegion)).GetProperty("errors").GetProperty("region")[0].GetString());
        Assert.Equal(0, (await BodyAsync(await rep.GetAsync("/api/v1/accounts?q=marsbase"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PatchingAnAccountChangesOnlyTheNamedFieldsAndHoldsToItsVersion()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var (accountId, _) = await CreateDealAsync(rep, "Patchwork Retail");
        var other = await BodyAsync(await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Quilted Goods" }));

        var noVersion = await rep.PatchAsync($"/api/v1/accounts/{accountId}", Json("""{"size": "Large"}"""));
        var badValues = await rep.PatchAsync($"/api/v1/accounts/{accountId}", Json("""{"name": 5, "ownerId": "x", "region": "Mars", "version": 1}"""));
        var changed = await rep.PatchAsync($"/api/v1/accounts/{accountId}", Json("""{"size": "Large", "notes": "Three sites", "version": 1}"""));
        var stale = await rep.PatchAsync($"/api/v1/accounts/{accountId}", Json("""{"size": "Small", "version": 1}"""));
        var lookAlike = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/accounts/{accountId}") { Content = Json("""{"name": "Quilted Goods Ltd"}""") };
        lookAlike.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"2\""));
        var renamed = await rep.SendAsync(lookAlike);
        var missing = await rep.PatchAsync("/api/v1/accounts/999999", Json("""{"size": "Large", "version": 1}"""));
        var product = await (await app.ApiClientAsync("product@demo.local")).PatchAsync($"/api/v1/accounts/{accountId}", Json("""{"size": "Tiny", "version": 2}"""));
        var read = await BodyAsync(await rep.GetAsync($"/api/v1/accounts/{accountId}"));

        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.True((await BodyAsync(noVersion)).GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badValues.StatusCode);
        var errors = (await BodyAsync(badValues)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("ownerId", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, renamed.StatusCode);
        Assert.Equal(other.GetProperty("id").GetInt32(), (await BodyAsync(renamed)).GetProperty("existingAccountId").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, product.StatusCode);
        Assert.Equal("Patchwork Retail", read.GetProperty("name").GetString());
        Assert.Equal("Large", read.GetProperty("size").GetString());
        Assert.Equal("Nordics", read.GetProperty("region").GetString());
        Assert.Equal(2, read.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PatchingAnOpportunitySetsItsNextStepWhichTheListsShowOverdue()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var (accountId, deal) = await CreateDealAsync(rep, "Nextstep Nordic");
        var id = deal.GetProperty("id").GetInt32();

        var noDate = await rep.PatchAsync($"/api/v1/opportunities/{id}", Json("""{"nextStep": "Call the CFO", "version": 1}"""));
        var badBudget = await rep.PatchAsync($"/api/v1/opportunities/{id}", Json("""{"budget": "lots", "currency": "USD", "version": 1}"""));
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/opportunities/{id}") { Content = Json("""{"nextStep": "Call the CFO", "nextStepDue": "2020-01-15"}""") };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var set = await rep.SendAsync(request);
        var stale = await rep.PatchAsync($"/api/v1/opportunities/{id}", Json("""{"name": "Overwrite", "version": 1}"""));
        var read = await BodyAsync(await rep.GetAsync($"/api/v1/opportunities/{id}"));
        var listed = (await BodyAsync(await rep.GetAsync($"/api/v1/opportunities?account={accountId}"))).GetProperty("items")[0];

        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.True((await BodyAsync(noDate)).GetProperty("errors").TryGetProperty("nextStepDue", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badBudget.StatusCode);
        var errors = (await BodyAsync(badBudget)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("budget", out _) && errors.TryGetProperty("currency", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Call the CFO", read.GetProperty("nextStep").GetString());
        Assert.Equal("2020-01-15", read.GetProperty("nextStepDue").GetString());
        Assert.Equal("Peak readiness", read.GetProperty("name").GetString());
        Assert.Equal(120000m, read.GetProperty("budget").GetDecimal());
        Assert.Equal("Call the CFO", listed.GetProperty("nextStep").GetString());
        Assert.True(listed.GetProperty("nextStepOverdue").GetBoolean());
    }
}
