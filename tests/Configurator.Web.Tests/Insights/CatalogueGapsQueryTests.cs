using Configurator.Domain.Discovery;
using Configurator.Domain.Insights;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Features.Insights;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Insights;

/// <summary>The gaps counted in the database agree with the same rule applied to every pain point in memory, on the demo data and under each filter.</summary>
public sealed class CatalogueGapsQueryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("2000-01-01", "2999-12-31", null, null)]
    [InlineData(null, null, "Logistics", null)]
    [InlineData(null, null, null, "Nordics")]
    [InlineData("2999-01-01", null, null, null)]
    public async Task TheDatabaseCountsWhatTheRuleSaysInMemory(string? from, string? to, string? industry, string? region)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var filter = new InsightFilter(from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), null, industry, region);

        var gaps = await scope.ServiceProvider.GetRequiredService<CatalogueGaps>().ListAsync(filter, CancellationToken.None);

        var snapshot = await scope.ServiceProvider.GetRequiredService<CatalogueCache>().GetAsync(db);
        var wellAnswered = CatalogueGapRule.WellAnswered(snapshot.Items);
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id);
        var opportunities = (await db.Opportunities.AsNoTracking().ToListAsync())
            .Where(o => !Playbook.IsClosed(o.Stage))
            .Where(o => industry is null || accounts[o.AccountId].Industry == industry)
            .Where(o => region is null || accounts[o.AccountId].Region == region)
            .ToDictionary(o => o.Id);
        var expected = (await db.PainPoints.AsNoTracking().ToListAsync())
            .Where(p => opportunities.ContainsKey(p.OpportunityId) && CatalogueGapRule.IsGap(p.Category, wellAnswered))
            .Where(p => filter.From is null || DateOnly.FromDateTime(p.CapturedAt.UtcDateTime) >= filter.From)
            .Where(p => filter.To is null || DateOnly.FromDateTime(p.CapturedAt.UtcDateTime) <= filter.To)
            .GroupBy(p => p.Category)
            .ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(expected.Keys.Order(), gaps.Select(g => g.Category).Order());
        foreach (var gap in gaps)
        {
            var pains = expected[gap.Category];
            Assert.Equal(pains.Count, gap.PainPoints);
            Assert.Equal(pains.Count(p => p.AnnualCost is null), gap.Unquantified);
            Assert.Equal(pains.Select(p => p.OpportunityId).Distinct().Order(), gap.OpportunityIds);
            var impact = pains.Where(p => p.AnnualCost is not null).GroupBy(p => opportunities[p.OpportunityId].Currency.Code)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.AnnualCost!.Value));
            Assert.Equal(impact.Where(i => i.Value != 0m).OrderBy(i => i.Key), gap.AnnualImpact.OrderBy(i => i.Key));
            Assert.True(gap.Quotes.Count <= CatalogueGaps.QuotesPerCategory);
        }
    }
}
