using System.Net;
using System.Text;
using Configurator.Domain.Insights;
using Configurator.Web.Data;
using Configurator.Web.Features.Insights;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Insights;

/// <summary>The innovation reuse page over the proposals of <see cref="InnovationsApp"/> (and any of the demo's): the table is the query's, the CSV the table's, names in the reader's language.</summary>
public sealed class InnovationReusePageTests(InnovationsApp app) : IClassFixture<InnovationsApp>
{
    [Fact]
    public async Task TheTableShowsEachInnovationsUseAndMarksTheCandidatesByTheRule()
    {
        var uses = await UsesAsync();
        var vision = uses.Single(u => u.ItemCode == InnovationsApp.Innovation);
        Assert.Equal((3, 1, 0, 2, true), (vision.Proposals, vision.Won, vision.Lost, vision.Industries.Count, vision.CandidateForStandard));
        var approver = await app.SignInAsync("approver@demo.local");

        var page = Html.Parse(await approver.GetPageAsync("/insights/innovations?period=all"));

        var rows = page.QuerySelectorAll("#innovations tbody tr").ToList();
        Assert.Equal(uses.Select(u => u.ItemCode), rows.Select(r => r.GetAttribute("data-item")));
        foreach (var (use, row) in uses.Zip(rows))
        {
            var cells = row.QuerySelectorAll("td.num").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal([use.Proposals.ToString(), use.Won.ToString(), use.Lost.ToString()], cells.Take(3));
            Assert.Equal(InnovationReuseRule.IsCandidateForStandard(use.Proposals, use.Won, use.Industries.Count), row.QuerySelector(".badge--success") is not null);
            Assert.Equal($"/catalogue/items/{use.ItemCode}", row.QuerySelector("td.outcome-label a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task TheCsvEqualsTheTable()
    {
        var uses = await UsesAsync();
        var approver = await app.SignInAsync("approver@demo.local");

        var response = await approver.GetAsync("/insights/innovations/csv?period=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(uses.Count + 1, lines.Length);
        Assert.Equal(uses.Select(u => $"{u.ItemCode},{u.Proposals},{u.Won},{u.Lost}"), lines.Skip(1).Select(l => string.Join(",", l.Split(',').Where((_, i) => i is 0 or 2 or 3 or 4))));
    }

    [Fact]
    public async Task AChineseReaderSeesTheCataloguesChineseNames()
    {
        var uses = await UsesAsync();
        var chinese = await ChineseNameAsync(uses[0].ItemCode);
        var zhao = await app.SignInAsync("zhao.min@demo.local");

        var page = Html.Parse(await zhao.GetPageAsync("/insights/innovations?period=all"));

        Assert.Contains(chinese, page.One($"#innovations tr[data-item='{uses[0].ItemCode}'] td.outcome-label").TextContent);
        Assert.Equal("创新复用", page.One("h1").TextContent.Trim());
    }

    [Fact]
    public async Task ABadFilterIsSaidBesideItAndRefusedByTheApi()
    {
        var browser = await app.SignInAsync("approver@demo.local");
        var api = await app.ApiClientAsync("approver@demo.local");

        var page = Html.Parse(await browser.GetPageAsync("/insights/innovations?period=range&from=2026-05-01&to=2026-04-01"));
        var refused = await api.GetAsync("/api/v1/insights/innovation-reuse?from=31.12.2026");

        Assert.Equal("The last day is on or after the first.", page.One("#insight-to + .field__error").TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    private async Task<IReadOnlyList<InnovationUse>> UsesAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<InnovationReuse>().ListAsync(new InsightFilter(null, null, null, null, null), CancellationToken.None);
    }

    private async Task<string> ChineseNameAsync(string code)
    {
        using var scope = app.Services.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().OfferItems.AsNoTracking().SingleAsync(i => i.Code == code);
        return item.ToSpec().TextsFor("zh-CN").Name;
    }
}
