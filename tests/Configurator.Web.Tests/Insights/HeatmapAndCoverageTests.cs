using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Insights;

/// <summary>
/// The heatmap and the pipeline coverage from <see cref="GapsData"/>'s hand-made deals. Heatmap (every deal, won ones too):
/// GAPX-NONE 5 (A 2, B 1, C 1, D 1; EUR 1,106,000 = 100,000 + 999,000 + 7,000; USD 30,000), GAPX-WEAK 2, GAPX-WELL 1.
/// Coverage: B (2 pains) and D (1) wait for a proposal; A has one, C is won. The proposal's recommended option (the second of
/// three: weak and strong item) leaves 1 of A's 4 pains uncovered (the other unanswered one is explained) and 1 weak.
/// </summary>
public sealed class HeatmapAndCoverageTests(GapsData app) : IClassFixture<GapsData>
{
    private static readonly string _filters = $"period=all&industry={Uri.EscapeDataString(GapsData.Industry)}";

    [Theory]
    [InlineData("industry", GapsData.Industry)]
    [InlineData("region", GapsData.Region)]
    public async Task EachCellCountsThePainPointsAsWorkedOutByHand(string axis, string column)
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await browser.GetPageAsync($"/insights/heatmap?{_filters}&axis={axis}"));

        Assert.Equal(column, page.One("#heatmap-table thead th:nth-child(2)").TextContent.Trim());
        Assert.Equal("5", Cell(page, GapsData.None, column).GetAttribute("data-count"));
        Assert.Equal("2", Cell(page, GapsData.Weak, column).GetAttribute("data-count"));
        Assert.Equal("1", Cell(page, GapsData.Well, column).GetAttribute("data-count"));
        Assert.Equal(["EUR 1,106,000", "USD 30,000"], Cell(page, GapsData.None, column).QuerySelectorAll("div.small").Select(d => d.TextContent.Trim()));
        // The busiest cell has the darkest shade, and every cell writes its number.
        Assert.Contains("heat--5", Cell(page, GapsData.None, column).ClassName);
        Assert.Equal("5", Cell(page, GapsData.None, column).One("a").TextContent.Trim());
    }

    [Fact]
    public async Task ACellListsItsPainPointsWithTheirOpportunities()
    {
        var data = await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");
        var heatmap = Html.Parse(await browser.GetPageAsync($"/insights/heatmap?{_filters}"));
        var link = Cell(heatmap, GapsData.None, GapsData.Industry).Attr("a", "href");

        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Add("HX-Request", "true");
        var panel = Html.Parse(await (await browser.SendAsync(request)).Content.ReadAsStringAsync());
        var page = Html.Parse(await browser.GetPageAsync(link));

        var rows = panel.QuerySelectorAll("#heatmap-cell-table tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains("An old pain", rows[0].TextContent);
        Assert.Equal(new[] { data.A, data.B, data.C, data.D }.Order().Select(id => $"/opportunities/{id}"),
            rows.Select(r => r.Attr("a", "href")).Distinct().Order());
        Assert.Null(panel.QuerySelector("#insight-filters"));
        Assert.Equal(5, page.QuerySelectorAll("#heatmap-cell-table tbody tr").Length);
    }

    [Fact]
    public async Task TheHeatmapCsvHasOneRowPerCell()
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");

        var lines = CsvText.Lines(await browser.GetStringAsync($"/insights/heatmap.csv?{_filters}"));

        var header = CsvText.Cells(lines[0]);
        var none = lines.Skip(1).Select(CsvText.Cells).Single(r => r[0] == GapsData.None);
        Assert.Equal(["category", "categoryName", "industry", "painPoints"], header.Take(4));
        Assert.Equal("5", none[3]);
        Assert.Equal("1106000", none[header.IndexOf("annualImpactEUR")]);
    }

    [Fact]
    public async Task CoverageListsDealsWaitingForAProposalAndTheProposalsUncoveredPains()
    {
        var data = await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await browser.GetPageAsync($"/insights/coverage?{_filters}"));
        var proposals = CsvText.Lines(await browser.GetStringAsync($"/insights/coverage.csv?{_filters}&list=proposals"));
        var waiting = CsvText.Lines(await browser.GetStringAsync($"/insights/coverage.csv?{_filters}&list=opportunities"));

        Assert.Equal([data.B.ToString(), data.D.ToString()], page.QuerySelectorAll("#waiting-table tbody tr").Select(r => r.GetAttribute("data-id")));
        Assert.Equal("2", page.One($"#waiting-table tr[data-id='{data.B}'] td.num").TextContent.Trim());
        var row = page.One($"#uncovered-table tr[data-id='{data.Proposal}']");
        Assert.Equal("1", row.One("[data-figure=uncovered]").TextContent.Trim());
        Assert.Equal("1", row.One("[data-figure=weak]").TextContent.Trim());
        Assert.Contains("Better", row.TextContent);

        Assert.Equal(3, waiting.Count);
        var header = CsvText.Cells(proposals[0]);
        var csvRow = proposals.Skip(1).Select(CsvText.Cells).Single(r => r[0] == data.Proposal.ToString());
        Assert.Equal(["Better", "4", "1", "1"], new[] { "recommendedOption", "painPoints", "uncovered", "weak" }.Select(c => csvRow[header.IndexOf(c)]));
    }

    [Fact]
    public async Task CoverageAgreesWithTheEnginesWarningsForTheRecommendedOption()
    {
        var data = await app.SeedAsync();
        var api = await app.ApiClientAsync("presales@demo.local");
        var browser = await app.SignInAsync("presales@demo.local");

        var proposal = await api.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{data.Proposal}");
        var recommended = proposal.GetProperty("options").EnumerateArray().ElementAt(1);
        var issues = recommended.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        var page = Html.Parse(await browser.GetPageAsync($"/insights/coverage?period=all&owner=anyone"));

        // Presales see their own pipeline: the rep owns the opportunity, but presales wrote its proposal, so it shows.
        Assert.NotNull(page.QuerySelector($"#uncovered-table tr[data-id='{data.Proposal}']"));
        Assert.Equal(1, issues.Count(c => c == "pain-uncovered"));
        Assert.Equal(1, issues.Count(c => c == "pain-weak"));
    }

    [Fact]
    public async Task EmptyFiltersSayNothingMatches()
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");
        var none = $"industry={Uri.EscapeDataString(GapsData.Industry)}&from=2999-01-01&to=2999-12-31";

        var heatmap = Html.Parse(await browser.GetPageAsync($"/insights/heatmap?{none}"));
        var coverage = Html.Parse(await browser.GetPageAsync($"/insights/coverage?{none}"));

        Assert.NotNull(heatmap.QuerySelector("#heatmap-results .empty-state"));
        Assert.Null(heatmap.QuerySelector("#heatmap-table"));
        Assert.Equal(2, coverage.QuerySelectorAll("#coverage-results .empty-state").Length);
    }

    [Fact]
    public async Task ARepSeesOnlyTheirOwnDealsOnTheHeatmap()
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("wang.lei@demo.local");

        var page = Html.Parse(await browser.GetPageAsync($"/insights/heatmap?{_filters}"));

        Assert.Equal("1", Cell(page, GapsData.None, GapsData.Industry).GetAttribute("data-count"));
        Assert.Null(page.QuerySelector($"#heatmap-table tr[data-category='{GapsData.Weak}']"));
        Assert.Null(page.QuerySelector("#insight-owner"));
    }

    private static AngleSharp.Dom.IElement Cell(AngleSharp.Dom.IDocument page, string category, string column) =>
        page.One($"#heatmap-table tr[data-category='{category}'] td[data-column='{column}']");
}
