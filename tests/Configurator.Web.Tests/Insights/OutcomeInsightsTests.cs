using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Insights;

/// <summary>
/// Differentiation and outcome over the hand-made set of <see cref="OutcomesApp"/>, worked out by hand:
///   P1 share 0,    discount 0,  won          P5 share 0.42 (revision 2; its first revision differs), discount 4, won
///   P2 share 1,    discount 0,  lost (team)  P6 share 0.10, discount 20, lost (client: price)
///   P3 share 0.15, discount 5,  won          P7 share 0.50, discount 8,  lost (client: competitor)
///   P4 share 0.30, discount 12, won          P8 won without a revision: left out
/// </summary>
public sealed class OutcomeInsightsTests(OutcomesApp app) : IClassFixture<OutcomesApp>
{
    private string Mine => $"owner={app.RepId}&period=all";

    [Fact]
    public async Task TheApiCountsEachDifferentiationBandAsWorkedOutByHand()
    {
        var approver = await app.ApiClientAsync("approver@demo.local");

        var bands = await approver.GetFromJsonAsync<JsonElement>($"/api/v1/insights/differentiation-outcomes?{Mine}");

        Assert.Equal(
            [("0-15", 1, 1, 0.5m, 10m), ("15-30", 1, 0, 1m, 5m), ("30-50", 2, 0, 1m, 8m), ("50-100", 0, 2, 0m, 4m)],
            Rows(bands));
    }

    [Fact]
    public async Task TheApiCountsEachDiscountBandAsWorkedOutByHand()
    {
        var approver = await app.ApiClientAsync("approver@demo.local");

        var bands = await approver.GetFromJsonAsync<JsonElement>($"/api/v1/insights/discount-outcomes?{Mine}");

        Assert.Equal(
            [("0-5", 2, 1, 0.6667m, 1.33m), ("5-10", 1, 1, 0.5m, 6.5m), ("10-20", 1, 0, 1m, 12m), ("20-100", 0, 1, 0m, 20m)],
            Rows(bands));
    }

    [Fact]
    public async Task AProposalCountsByItsLastRevisionAndADecidedOneWithoutARevisionIsLeftOut()
    {
        var first = await app.InDatabaseAsync(db => Task.FromResult(db.ProposalRevisions.Single(r => r.ProposalId == app.TwoRevisions && r.Number == 1).DifferentiationShare));
        Assert.NotEqual("30-50", Configurator.Domain.Insights.InsightBands.Of(Configurator.Domain.Insights.InsightBands.Differentiation, first * 100m).Code);
        var approver = await app.SignInAsync("approver@demo.local");

        var page = Html.Parse(await approver.GetPageAsync($"/insights/outcomes/proposals?{Mine}&band=30-50"));

        Assert.Equal(["Outcome Five proposal", "Outcome Four proposal"], page.QuerySelectorAll("#outcome-proposals-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).Order());
        var outcomes = Html.Parse(await approver.GetPageAsync($"/insights/outcomes?{Mine}"));
        Assert.Equal("1 decided proposal without an issued revision is not counted.", outcomes.One("#outcome-without-revision").TextContent.Trim());
    }

    [Fact]
    public async Task ThePageShowsTheSameFiguresAndSaysWhenThereAreTooFewToCompare()
    {
        var approver = await app.SignInAsync("approver@demo.local");

        var page = Html.Parse(await approver.GetPageAsync($"/insights/outcomes?{Mine}"));

        Assert.Equal(["1", "1", "50%", "10%"], Cells(page, "#outcome-differentiation tr[data-band='0-15']"));
        Assert.Equal(["0", "2", "0%", "4%"], Cells(page, "#outcome-differentiation tr[data-band='50-100']"));
        Assert.Equal(["2", "1", "67%", "1.3%"], Cells(page, "#outcome-discount tr[data-band='0-5']"));
        Assert.StartsWith("Too few decided proposals to compare: 7 so far", page.One("#outcome-reading").TextContent.Trim());
        Assert.NotNull(page.QuerySelector("svg.outcome-chart title"));
        Assert.NotNull(page.QuerySelector("svg.outcome-chart desc"));
        Assert.Equal(["1", "0", "0", "0", "1"], Cells(page, "#outcome-lost-differentiation tr[data-reason='price']"));
        Assert.Equal(["0", "0", "0", "1", "1"], Cells(page, "#outcome-lost-differentiation tr[data-reason='competitor']"));
        Assert.Equal(["0", "0", "0", "1", "1"], Cells(page, "#outcome-lost-differentiation tr[data-reason='team']"));
    }

    [Fact]
    public async Task TheFiltersAnswerWithTheResultsPartOnly()
    {
        var approver = await app.SignInAsync("approver@demo.local");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/insights/outcomes?{Mine}");
        request.Headers.Add("HX-Request", "true");

        var response = await approver.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<div id=\"outcome-results\"", html.Trim());
        Assert.DoesNotContain("<html", html);
        Assert.Contains("HX-Request", response.Headers.Vary);
    }

    [Fact]
    public async Task EachCsvEqualsItsTable()
    {
        var approver = await app.SignInAsync("approver@demo.local");

        var differentiation = await CsvAsync(approver, $"/insights/outcomes/csv/differentiation?{Mine}");
        var lost = await CsvAsync(approver, $"/insights/outcomes/csv/lost-differentiation?{Mine}");

        Assert.Equal(["0-15,1,1,50,10", "15-30,1,0,100,5", "30-50,2,0,100,8", "50-100,0,2,0,4"], differentiation.Skip(1));
        Assert.Equal(["Price,1,0,0,0,1", "Chose a competitor,0,0,0,1,1", "The team's reason (client did not decline online),0,0,0,1,1"], lost.Skip(1));
    }

    [Fact]
    public async Task ABadFilterIsRefusedWithProblemDetailsAndAMessageOnThePage()
    {
        var approver = await app.ApiClientAsync("approver@demo.local");
        var browser = await app.SignInAsync("approver@demo.local");

        var api = await approver.GetAsync("/api/v1/insights/differentiation-outcomes?period=fortnight&from=someday");
        var page = Html.Parse(await browser.GetPageAsync("/insights/outcomes?period=fortnight"));

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var errors = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("period", out _));
        Assert.True(errors.TryGetProperty("from", out _));
        Assert.Equal("Choose a period from the list, or give the first and last day.", page.One(".field__error").TextContent.Trim());
    }

    [Fact]
    public async Task TheProposalsBehindAFigureAreListedAndAnUnknownFigureIsSaidSo()
    {
        var approver = await app.SignInAsync("approver@demo.local");

        var lost = Html.Parse(await approver.GetPageAsync($"/insights/outcomes/proposals?{Mine}&reason=price"));
        var unknown = Html.Parse(await approver.GetPageAsync($"/insights/outcomes/proposals?{Mine}&band=15-20"));

        Assert.Equal(["Outcome Six proposal"], lost.QuerySelectorAll("#outcome-proposals-table tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal("Choose a figure on the outcome page: this link asks for something it does not show.", unknown.One("#outcome-proposals .field__error").TextContent.Trim());
        Assert.Null(unknown.QuerySelector("#outcome-proposals-table"));
    }

    [Fact]
    public async Task ARepSeesOnlyTheirOwnAndIsRefusedAnotherOwner()
    {
        var own = await app.ApiClientAsync(OutcomesApp.RepEmail, OutcomesApp.Password);
        await app.CreateUserAsync("outcomes.other@demo.local", OutcomesApp.Password, Configurator.Domain.Users.Roles.Rep);
        var other = await app.ApiClientAsync("outcomes.other@demo.local", OutcomesApp.Password);

        var mine = Rows(await own.GetFromJsonAsync<JsonElement>("/api/v1/insights/differentiation-outcomes?period=all"));
        var theirs = Rows(await other.GetFromJsonAsync<JsonElement>("/api/v1/insights/differentiation-outcomes?period=all"));
        var asked = await other.GetAsync($"/api/v1/insights/differentiation-outcomes?period=all&owner={app.RepId}");

        Assert.Equal([1, 1, 2, 0], mine.Select(b => b.Won));
        Assert.Equal([1, 0, 0, 2], mine.Select(b => b.Lost));
        Assert.Equal(0, theirs.Sum(b => b.Won + b.Lost));
        Assert.Equal(HttpStatusCode.BadRequest, asked.StatusCode);
    }

    [Fact]
    public async Task PresalesSeeTheDealsTheyWroteProposalsForThoughTheRepOwnsThem()
    {
        // The fixture's proposals are written by presales@demo.local on the rep's deals; a second presales wrote none.
        var writer = await app.ApiClientAsync("presales@demo.local");
        await app.CreateUserAsync("outcomes.presales@demo.local", OutcomesApp.Password, Configurator.Domain.Users.Roles.Presales);
        var stranger = await app.ApiClientAsync("outcomes.presales@demo.local", OutcomesApp.Password);

        var written = Rows(await writer.GetFromJsonAsync<JsonElement>("/api/v1/insights/differentiation-outcomes?period=all"));
        var none = Rows(await stranger.GetFromJsonAsync<JsonElement>("/api/v1/insights/differentiation-outcomes?period=all"));

        Assert.True(written.Sum(b => b.Won + b.Lost) >= 6, $"{written.Sum(b => b.Won + b.Lost)} decided proposals");
        Assert.Equal(0, none.Sum(b => b.Won + b.Lost));
    }

    [Fact]
    public async Task EmptyFiltersGiveAllFourBandsWithNoRateAndNoAverage()
    {
        var approver = await app.ApiClientAsync("approver@demo.local");

        var bands = Rows(await approver.GetFromJsonAsync<JsonElement>($"/api/v1/insights/differentiation-outcomes?owner={app.RepId}&period=range&from=2001-01-01&to=2001-12-31"));
        var page = Html.Parse(await (await app.SignInAsync("approver@demo.local")).GetPageAsync($"/insights/outcomes?owner={app.RepId}&period=range&from=2001-01-01&to=2001-12-31"));

        Assert.Equal([("0-15", 0, 0, (decimal?)null, (decimal?)null), ("15-30", 0, 0, null, null), ("30-50", 0, 0, null, null), ("50-100", 0, 0, null, null)], bands);
        Assert.Equal("No won or lost proposals with an issued revision match these filters.", page.One("#outcome-reading").TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".empty-state"));
    }

    private static List<(string Band, int Won, int Lost, decimal? WinRate, decimal? AverageDiscountPercent)> Rows(JsonElement bands) =>
        bands.EnumerateArray().Select(b => (b.GetProperty("band").GetString()!, b.GetProperty("won").GetInt32(), b.GetProperty("lost").GetInt32(),
            Decimal(b.GetProperty("winRate")), Decimal(b.GetProperty("averageDiscountPercent")))).ToList();

    private static decimal? Decimal(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private static List<string> Cells(AngleSharp.Dom.IDocument page, string row) =>
        page.One(row).QuerySelectorAll("td.num").Select(td => td.TextContent.Trim()).ToList();

    private static async Task<List<string>> CsvAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }
}
