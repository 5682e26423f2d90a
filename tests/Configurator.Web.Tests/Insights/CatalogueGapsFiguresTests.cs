using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Insights;

/// <summary>
/// The catalogue gaps (API, page and CSV) from the hand-made data set of <see cref="GapsData"/>, against figures worked out by hand:
/// GAPX-NONE has 4 pain points in open deals (A: 2, B: 1, D: 1; C is won), 1 unquantified, EUR 107,000 (100,000 + 7,000) and
/// USD 30,000, in A, B and D; GAPX-WEAK has 2 (A, B), 1 unquantified, EUR 20,000; GAPX-WELL is answered well and is no gap.
/// </summary>
public sealed class CatalogueGapsFiguresTests(GapsData app) : IClassFixture<GapsData>
{
    private static readonly string _filters = $"period=all&industry={Uri.EscapeDataString(GapsData.Industry)}";

    [Fact]
    public async Task TheApiCountsEachCategoryAsWorkedOutByHand()
    {
        var data = await app.SeedAsync();
        var api = await app.ApiClientAsync("product@demo.local");

        var gaps = await GapsAsync(api, _filters);

        Assert.DoesNotContain(GapsData.Well, gaps.Keys);
        var none = gaps[GapsData.None];
        Assert.Equal(4, none.GetProperty("painPoints").GetInt32());
        Assert.Equal(1, none.GetProperty("unquantified").GetInt32());
        Assert.Equal("none", none.GetProperty("answered").GetString());
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 107000m, ["USD"] = 30000m }, Impact(none));
        Assert.Equal(new[] { data.A, data.B, data.D }, none.GetProperty("opportunityIds").EnumerateArray().Select(i => i.GetInt32()));
        // Most severe first, then in the order captured; at most three.
        Assert.Equal(["We lose a day on every order", "Nobody checks the carrier's bill", "Trucks queue while doors stand idle"],
            none.GetProperty("quotes").EnumerateArray().Select(q => q.GetString()));

        var weak = gaps[GapsData.Weak];
        Assert.Equal(2, weak.GetProperty("painPoints").GetInt32());
        Assert.Equal(1, weak.GetProperty("unquantified").GetInt32());
        Assert.Equal("weak", weak.GetProperty("answered").GetString());
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 20000m }, Impact(weak));
        Assert.Equal(new[] { data.A, data.B }, weak.GetProperty("opportunityIds").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal(["Someone types every label"], weak.GetProperty("quotes").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task ARepCountsOnlyTheirOwnOpportunities()
    {
        var data = await app.SeedAsync();
        var rep = await app.ApiClientAsync("rep@demo.local");

        var none = (await GapsAsync(rep, _filters))[GapsData.None];

        Assert.Equal(3, none.GetProperty("painPoints").GetInt32());
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 100000m, ["USD"] = 30000m }, Impact(none));
        Assert.Equal(new[] { data.A, data.B }, none.GetProperty("opportunityIds").EnumerateArray().Select(i => i.GetInt32()));
    }

    [Fact]
    public async Task ARepAskingForSomeoneElsesOpportunitiesIsRefused()
    {
        await app.SeedAsync();
        var rep = await app.ApiClientAsync("rep@demo.local");
        var other = (await app.FindUserAsync("wang.lei@demo.local"))!;

        var answer = await rep.GetAsync($"/api/v1/insights/catalogue-gaps?{_filters}&owner={other.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("owner", out _));
    }

    [Fact]
    public async Task BadFiltersAreRefusedByParameter()
    {
        var api = await app.ApiClientAsync("product@demo.local");

        var answer = await api.GetAsync("/api/v1/insights/catalogue-gaps?period=5y&region=Atlantis&from=31/12/2026");
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Nordics", errors.GetProperty("region")[0].GetString());
        Assert.True(errors.TryGetProperty("period", out _));
        Assert.Contains("yyyy-MM-dd", errors.GetProperty("from")[0].GetString());
    }

    [Fact]
    public async Task AnIndustryNoAccountHasIsRefusedEvenWhereTheListAllowsOthers()
    {
        var api = await app.ApiClientAsync("product@demo.local");

        var unknown = await api.GetAsync("/api/v1/insights/catalogue-gaps?industry=Underwater%20basket%20weaving");
        var known = await api.GetAsync("/api/v1/insights/catalogue-gaps?industry=logistics");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Logistics", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("industry")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task ThePageShowsTheSameFiguresAndItsCsvTheSameRows()
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await browser.GetPageAsync($"/insights/gaps?{_filters}&sort=impact&currency=EUR"));
        var csv = await browser.GetStringAsync($"/insights/gaps.csv?{_filters}&sort=impact&currency=EUR");

        var rows = page.QuerySelectorAll("#gap-table tbody tr").ToList();
        var none = page.One($"#gap-table tr[data-category='{GapsData.None}']");
        Assert.Equal("4", none.One("[data-figure=painPoints]").TextContent.Trim());
        Assert.Equal("1", none.One("[data-figure=unquantified]").TextContent.Trim());
        Assert.Equal(["EUR 107,000", "USD 30,000"], none.QuerySelectorAll("[data-currency]").Select(e => e.TextContent.Trim()));
        Assert.Equal(3, none.QuerySelectorAll("a[href^='/opportunities/']").Length);
        Assert.Null(page.QuerySelector($"#gap-table tr[data-category='{GapsData.Well}']"));
        Assert.NotNull(page.QuerySelector("#gaps-chart-title"));

        var lines = CsvText.Lines(csv);
        var header = CsvText.Cells(lines[0]);
        var table = lines.Skip(1).Select(CsvText.Cells).ToList();
        Assert.Equal(rows.Select(r => r.GetAttribute("data-category")), table.Select(r => r[header.IndexOf("category")]));
        Assert.Equal(rows.Select(r => r.One("[data-figure=painPoints]").TextContent.Trim()), table.Select(r => r[header.IndexOf("painPoints")]));
        Assert.Equal(rows.Select(r => r.One("[data-figure=unquantified]").TextContent.Trim()), table.Select(r => r[header.IndexOf("unquantified")]));
        var noneRow = table.Single(r => r[0] == GapsData.None);
        Assert.Equal("107000", noneRow[header.IndexOf("annualImpactEUR")]);
        Assert.Equal("30000", noneRow[header.IndexOf("annualImpactUSD")]);
        // Sorted by the EUR impact: 107,000 before 20,000.
        Assert.Equal([GapsData.None, GapsData.Weak], table.Select(r => r[0]));
        Assert.Contains($"format=csv", page.Attr("#gap-results a[download]", "href"));
    }

    [Fact]
    public async Task TheFiltersAnswerWithTheResultsPartOnly()
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/insights/gaps?{_filters}");
        request.Headers.Add("HX-Request", "true");

        var answer = await browser.SendAsync(request);
        var html = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.StartsWith("<div id=\"gap-results\"", html.TrimStart());
        Assert.DoesNotContain("insight-filters", html);
        Assert.Contains("HX-Request", answer.Headers.Vary);
    }

    [Fact]
    public async Task ABadFilterIsNamedBesideItsFieldAndFiltersNothing()
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await browser.GetPageAsync($"/insights/gaps?period=all&region=Atlantis&currency=XYZ"));

        Assert.Contains("Nordics", page.One("#insight-region").ParentElement!.One(".field__error").TextContent);
        Assert.NotEmpty(page.One("#insight-currency").ParentElement!.One(".field__error").TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#gap-table tr[data-category='{GapsData.None}']"));
    }

    [Fact]
    public async Task NoMatchSaysSoAndDrawsNoChart()
    {
        await app.SeedAsync();
        var browser = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await browser.GetPageAsync($"/insights/gaps?industry={Uri.EscapeDataString(GapsData.Industry)}&from=2999-01-01&to=2999-12-31"));

        Assert.NotNull(page.QuerySelector("#gap-results .empty-state"));
        Assert.Null(page.QuerySelector("#gap-results svg"));
        Assert.Null(page.QuerySelector("#gap-table"));
    }

    [Fact]
    public async Task SomeoneWithoutAnInsightRoleIsRefused()
    {
        await app.CreateUserAsync("no.role@gap-survey.example", "Gap-Survey!2026-role");
        var api = await app.ApiClientAsync("no.role@gap-survey.example", "Gap-Survey!2026-role");
        var browser = await app.SignInAsync("no.role@gap-survey.example", "Gap-Survey!2026-role");

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/insights/catalogue-gaps")).StatusCode);
        foreach (var path in new[] { "/insights/gaps", "/insights/heatmap", "/insights/coverage", "/insights/gaps.csv" })
        {
            var answer = await browser.GetAsync(path);
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden
                || (answer.StatusCode == HttpStatusCode.Redirect && answer.Headers.Location!.OriginalString.Contains("denied", StringComparison.OrdinalIgnoreCase)),
                $"{path}: {answer.StatusCode} {answer.Headers.Location}");
        }
    }

    private static async Task<Dictionary<string, JsonElement>> GapsAsync(HttpClient api, string query)
    {
        var answer = await api.GetAsync($"/api/v1/insights/catalogue-gaps?{query}");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(g => g.GetProperty("category").GetString()!);
    }

    private static Dictionary<string, decimal> Impact(JsonElement gap) =>
        gap.GetProperty("annualImpact").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
}
