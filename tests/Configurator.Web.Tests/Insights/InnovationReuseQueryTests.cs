using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Insights;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Insights;

/// <summary>Innovation reuse counted in the database agrees with the proposals' lines read in memory (the demo's proposals).</summary>
public sealed class InnovationReuseQueryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheDatabaseCountsEachInnovationsProposalsAsTheLinesSay()
    {
        var innovation = await InnovationCodeAsync();
        var (presales, id) = await app.ApprovedProposalAsync("Reuse Freight", "Reuse deal", "en",
            [new { title = "Stock counts are wrong", category = "STOCK-ERRORS", severity = 4, annualImpact = 90000 }], recommend: false);
        var proposal = await (await presales.GetAsync($"/api/v1/proposals/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        var optionId = proposal.GetProperty("options")[0].GetProperty("id").GetInt32();
        var added = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{optionId}/lines", new { itemCode = innovation, quantity = 1, version = proposal.GetProperty("version").GetInt32() });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        await app.ApprovedProposalAsync("Reuse Retail", "Recommended deal", "en",
            [new { title = "Stock counts are wrong", category = "STOCK-ERRORS", severity = 5, annualImpact = 150000 }]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();

        var uses = await scope.ServiceProvider.GetRequiredService<InnovationReuse>().ListAsync(new InsightFilter(null, null, null, null, null), CancellationToken.None);

        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Options).ThenInclude(o => o.Lines).ToListAsync();
        var expected = proposals
            .SelectMany(p => p.Options.SelectMany(o => o.Lines).Where(l => l.Item.Kind == ItemKind.Innovation).Select(l => (l.Item.Code, p)))
            .DistinctBy(x => (x.Code, x.p.Id))
            .GroupBy(x => x.Code)
            .ToDictionary(g => g.Key, g => (Proposals: g.Count(), Won: g.Count(x => x.p.Status == ProposalStatus.Won)));
        Assert.Contains(innovation, expected.Keys);
        Assert.Equal(expected.Keys.Order(), uses.Select(u => u.ItemCode).Order());
        foreach (var use in uses)
        {
            Assert.Equal(expected[use.ItemCode], (use.Proposals, use.Won));
        }
    }

    private async Task<string> InnovationCodeAsync()
    {
        using var scope = app.Services.CreateScope();
        var items = await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().OfferItems.AsNoTracking().ToListAsync();
        return items.First(i => i.Kind == ItemKind.Innovation && i.Status == ItemStatus.Active && i.Prices.Any(p => p.Currency == "EUR")).Code;
    }
}
