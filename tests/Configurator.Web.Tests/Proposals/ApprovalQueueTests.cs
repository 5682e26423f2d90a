using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Proposals;

/// <summary>The approver's queue: what each proposal in review shows, its order, and approving or rejecting from it with a comment.</summary>
public sealed class ApprovalQueueTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A proposal with two options, the second discounted beyond its limit and submitted with a justification.</summary>
    private async Task<(int Id, int Submitted)> InReviewAsync(string client, decimal discount, string justification)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = client })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = $"{client} rollout",
            currency = "EUR",
            painPoints = new object[] { new { title = "Stock is wrong", category = "STOCK-ERRORS", severity = 5, annualImpact = 200000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiClientAsync("presales@demo.local");
        var proposal = await (await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = $"{client} proposal", termMonths = 24, recommend = true })).Content.ReadFromJsonAsync<JsonElement>();
        var id = proposal.GetProperty("id").GetInt32();
        var first = proposal.GetProperty("options")[0].GetProperty("id").GetInt32();
        var copied = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options", new { name = "Negotiated", copyFrom = first, version = proposal.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        var second = copied.GetProperty("options")[1];
        var line = second.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("kind").GetString() == "standard");
        var discounted = await (await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{second.GetProperty("id").GetInt32()}/lines/{line.GetProperty("id").GetInt32()}",
            new { discountPercent = discount, quantity = 40, version = copied.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        var submitted = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit",
            new { comment = justification, optionId = second.GetProperty("id").GetInt32(), version = discounted.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        return (id, second.GetProperty("id").GetInt32());
    }

    private static HttpRequestMessage Htmx(string url, string token, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    /// <summary>A table row answered alone, parsed where a row belongs.</summary>
    private static AngleSharp.Dom.IDocument Row(string html) => Html.Parse($"<table><tbody>{html}</tbody></table>");

    [Fact]
    public async Task TheQueueShowsWhatTheApproverWeighsForTheSubmittedOption()
    {
        var (id, optionId) = await InReviewAsync("Nordlicht Handel", 30m, "They sign for three years & drop the rival.");
        var approver = await app.SignInAsync("approver@demo.local");

        var row = Html.Parse(await approver.GetPageAsync("/proposals")).One($"#queue-{id}");
        var opened = Html.Parse(await approver.GetPageAsync(row.Attr("td[data-label='Client and proposal'] a", "href")));
        string Cell(string label) => row.One($"td[data-label='{label}']").TextContent.Trim();

        Assert.Contains("Nordlicht Handel", Cell("Client and proposal"));
        Assert.Contains("Nordlicht Handel rollout", Cell("Client and proposal"));
        Assert.Contains("option Negotiated", Cell("Client and proposal"));
        Assert.Contains("EUR", Cell("Deal size"));
        Assert.EndsWith("%", Cell("Margin"));
        Assert.Matches(@"^30% on \S", Cell("Largest discount"));
        Assert.Contains("price-war risk", Cell("Differentiation"));
        Assert.Contains("by Pat Presales", Cell("Submitted"));
        // Just submitted: no "waiting 0 minutes".
        Assert.Contains("submitted just now", Cell("Submitted"));
        Assert.DoesNotContain("0 minutes", Cell("Submitted"));
        Assert.Matches(@"^(—|\d+(\.\d)? months?)$", Cell("Payback"));
        Assert.DoesNotContain("1 months", Cell("Payback"));
        Assert.Contains("“They sign for three years & drop the rival.”", Cell("Why, and your decision"));
        Assert.Contains("beyond its", Cell("Why, and your decision"));
        // The link opens the builder on the option submitted, not on the first one.
        Assert.Equal($"/proposals/{id}?option={optionId}", row.Attr("td[data-label='Client and proposal'] a", "href"));
        Assert.Contains("Negotiated", opened.One("a[aria-current=page][href*=\"option=\"]").TextContent);
    }

    [Fact]
    public async Task TheQueueSortsByTheColumnAskedAndAnUnknownSortWaitsLongestFirst()
    {
        var (small, _) = await InReviewAsync("Small Sort Ltd", 20m, "Small deal.");
        var (large, _) = await InReviewAsync("Large Sort Ltd", 45m, "Large discount.");
        var approver = await app.SignInAsync("approver@demo.local");

        List<int> Order(string html) => Html.Parse(html).QuerySelectorAll("#queue tbody tr").Select(r => int.Parse(r.Id!["queue-".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Where(i => i == small || i == large).ToList();
        var byDiscount = Html.Parse(await approver.GetPageAsync("/proposals?sort=discount"));
        var byDiscountReversed = await approver.GetPageAsync("/proposals?sort=discount&reverse=true");
        var unknown = await approver.GetPageAsync("/proposals?sort=%3Cscript%3E");

        Assert.Equal([large, small], Order(byDiscount.DocumentElement.OuterHtml));
        Assert.Equal("descending", byDiscount.One("#queue th[aria-sort]").GetAttribute("aria-sort"));
        Assert.Equal([small, large], Order(byDiscountReversed));
        Assert.Equal([small, large], Order(unknown));
    }

    [Fact]
    public async Task OnAPhoneWhereTheHeadersAreHiddenTheSameOrdersAreOfferedAsAList()
    {
        await InReviewAsync("Phone Sort Ltd", 20m, "Small deal.");
        var approver = await app.SignInAsync("approver@demo.local");

        var page = Html.Parse(await approver.GetPageAsync("/proposals?sort=discount"));
        var form = page.One("#queue form.queue__sort");
        var options = form.QuerySelectorAll("#queue-sort option").ToList();

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(Configurator.Web.Features.Proposals.ApprovalQueueSort.Keys, options.Select(o => o.GetAttribute("value")));
        Assert.Equal("discount", options.Single(o => o.HasAttribute("selected")).GetAttribute("value"));
        Assert.Equal("Largest discount", options.Single(o => o.HasAttribute("selected")).TextContent);
    }

    [Fact]
    public async Task ApprovingFromTheQueueOverHtmxAnswersTheRowAndKeepsTheCommentInTheHistory()
    {
        var (id, _) = await InReviewAsync("Htmx Approve AG", 25m, "Reference customer.");
        var approver = await app.SignInAsync("approver@demo.local");
        var page = await approver.GetPageAsync("/proposals");
        var token = BrowserExtensions.AntiforgeryToken(page);
        var version = Html.Parse(page).Attr($"#queue-{id} input[name=version]", "value");

        var tooLong = await approver.SendAsync(Htmx($"/proposals/{id}/actions/approve", token,
            new() { ["version"] = version, ["from"] = "queue", ["comment"] = new string('c', 2001) }));
        var tooLongRow = Row(await tooLong.Content.ReadAsStringAsync());
        var approved = await approver.SendAsync(Htmx($"/proposals/{id}/actions/approve", token,
            new() { ["version"] = version, ["from"] = "queue", ["comment"] = "Fine for a reference customer." }));
        var done = Row(await approved.Content.ReadAsStringAsync());
        var api = await app.ApiClientAsync("approver@demo.local");
        var proposal = await api.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal($"queue-{id}", tooLongRow.One("tbody > tr").Id);
        Assert.Contains("Keep the comment to 2000 characters.", tooLongRow.One($"#queue-problem-{id}").TextContent);
        Assert.Equal(2001, tooLongRow.One($"#queue-comment-{id}").TextContent.Length);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("approved", done.One($"#queue-{id}").TextContent);
        Assert.Equal("approved", proposal.GetProperty("status").GetString());
        Assert.Equal("Fine for a reference customer.", proposal.GetProperty("history").EnumerateArray().Last().GetProperty("comment").GetString());
    }

    [Fact]
    public async Task RejectingFromTheQueueWithAPlainFormNeedsACommentAndReturnsToTheQueue()
    {
        var (id, _) = await InReviewAsync("Plain Reject GmbH", 35m, "Competitive pressure.");
        var approver = await app.SignInAsync("approver@demo.local");
        var page = await approver.GetPageAsync("/proposals");
        var version = Html.Parse(page).Attr($"#queue-{id} input[name=version]", "value");

        var withoutComment = await approver.SubmitFormAsync("/proposals", $"/proposals/{id}/actions/reject", [new("version", version), new("from", "queue"), new("comment", " ")]);
        var afterRefusal = Html.Parse(await approver.GetPageAsync("/proposals"));
        var rejected = await approver.SubmitFormAsync("/proposals", $"/proposals/{id}/actions/reject", [new("version", version), new("from", "queue"), new("comment", "35% is too deep.")]);
        var afterRejection = await approver.GetPageAsync("/proposals");
        var presales = await app.SignInAsync("presales@demo.local");
        var builder = await presales.GetPageAsync($"/proposals/{id}");

        Assert.Equal(HttpStatusCode.Redirect, withoutComment.StatusCode);
        Assert.Equal("/proposals#queue", withoutComment.Headers.Location!.ToString());
        Assert.Contains("Say why the proposal is rejected", afterRefusal.One($"#queue-problem-{id}").TextContent);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Null(Html.Parse(afterRejection).QuerySelector($"#queue-{id}"));
        Assert.Contains("35% is too deep.", Html.Parse(builder).One("#history").TextContent);
        Assert.Contains("Competitive pressure.", Html.Parse(builder).One("#history").TextContent);
    }

    [Fact]
    public async Task RepsAndPresalesDoNotSeeTheQueueNorDecideFromIt()
    {
        var (id, _) = await InReviewAsync("Not Yours SA", 25m, "Because.");
        var presales = await app.SignInAsync("presales@demo.local");
        var page = await presales.GetPageAsync("/proposals");

        var approve = await presales.SendAsync(Htmx($"/proposals/{id}/actions/approve", BrowserExtensions.AntiforgeryToken(page), new() { ["from"] = "queue", ["version"] = "1" }));

        Assert.Null(Html.Parse(page).QuerySelector("#queue"));
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
    }

    [Fact]
    public async Task TheQueuePricesAProposalOncePerChangeAndShowsNewFiguresWhenTheProposalTheCatalogueOrAPainPointChanges()
    {
        var (id, optionId) = await InReviewAsync("Cached Figures AG", 30m, "Reference site.");
        var approver = await app.SignInAsync("approver@demo.local");
        var cache = app.Services.GetRequiredService<Configurator.Web.Features.Proposals.ApprovalFiguresCache>();
        var presales = await app.ApiClientAsync("presales@demo.local");
        var product = await app.ApiClientAsync("product@demo.local");
        var rep = await app.ApiClientAsync("rep@demo.local");
        async Task<Dictionary<string, string>> CellsAsync()
        {
            var row = Html.Parse(await approver.GetPageAsync("/proposals")).One($"#queue-{id}");
            return new[] { "Deal size", "Largest discount", "Payback" }.ToDictionary(l => l, l => row.One($"td[data-label='{l}']").TextContent.Trim());
        }

        var first = await CellsAsync();
        var pricedAfterFirst = cache.Evaluations;
        var again = await CellsAsync();
        var pricedAfterSecond = cache.Evaluations;

        // A pain point: the client's cost ten times higher pays the solution back sooner.
        var proposal = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        var option = proposal.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetInt32() == optionId);
        var opportunity = await rep.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{proposal.GetProperty("opportunityId").GetInt32()}");
        var pain = opportunity.GetProperty("painPoints")[0];
        var painChanged = await rep.PutAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/pain-points/{pain.GetProperty("id").GetInt32()}", new
        {
            title = "Stock is wrong",
            category = "STOCK-ERRORS",
            severity = 5,
            annualImpact = 2000000m,
            version = pain.GetProperty("version").GetInt32(),
        });
        var afterPain = await CellsAsync();

        // The catalogue: a new revision prices the proposal again (its lines keep the item as it was added, so the
        // figures stay those the builder shows), once.
        var line = option.GetProperty("lines").EnumerateArray().OrderByDescending(l => l.GetProperty("discountPercent").GetDecimal()).First();
        var code = line.GetProperty("itemCode").GetString()!;
        var pricedBeforeCatalogue = cache.Evaluations;
        var imported = await product.PostAsJsonAsync("/api/v1/catalogue/import", new { items = new[] { new { code, name = "Renamed For The Queue" } } });
        var afterCatalogue = await CellsAsync();
        var pricedAfterCatalogue = cache.Evaluations;
        await CellsAsync();
        var pricedAfterAnotherView = cache.Evaluations;

        // The proposal: a deeper discount on the same line (back to draft) and submitted again.
        var deeper = await (await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{optionId}/lines/{line.GetProperty("id").GetInt32()}",
            new { discountPercent = 35m, quantity = line.GetProperty("quantity").GetInt32(), version = proposal.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        var resubmitted = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = "Deeper still.", optionId, version = deeper.GetProperty("version").GetInt32() });
        var afterProposal = await CellsAsync();

        Assert.True(pricedAfterFirst > 0);
        Assert.Equal(first, again);
        Assert.Equal(pricedAfterFirst, pricedAfterSecond);
        Assert.Equal(HttpStatusCode.OK, painChanged.StatusCode);
        Assert.NotEqual(first["Payback"], afterPain["Payback"]);
        Assert.Equal(first["Deal size"], afterPain["Deal size"]);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.True(pricedAfterCatalogue > pricedBeforeCatalogue);
        Assert.Equal(pricedAfterCatalogue, pricedAfterAnotherView);
        Assert.Equal(afterPain, afterCatalogue);
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.StartsWith("30% on", first["Largest discount"]);
        Assert.StartsWith("35% on", afterProposal["Largest discount"]);
    }
}
