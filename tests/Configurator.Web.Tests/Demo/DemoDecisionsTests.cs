using System.Text.Json;
using Configurator.Domain.Insights;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

/// <summary>
/// With Demo:Proposals the insights have a year to look at: won and lost proposals, each with an issued revision
/// whose figures are kept, decided across the past year, and the more differentiated ones won more often.
/// </summary>
public sealed class DemoDecisionsTests(DemoProposalsTests.WithProposals app) : IClassFixture<DemoProposalsTests.WithProposals>
{
    private sealed record Decided(Proposal Proposal, ProposalRevision Revision, DateTimeOffset DecidedAt);

    private async Task<List<Decided>> DecidedAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.History)
            .Where(p => p.Status == ProposalStatus.Won || p.Status == ProposalStatus.Lost).ToListAsync();
        var ids = proposals.Select(p => p.Id).ToList();
        var revisions = await db.ProposalRevisions.AsNoTracking().Where(r => ids.Contains(r.ProposalId)).ToListAsync();
        return proposals.Select(p => new Decided(p, revisions.Where(r => r.ProposalId == p.Id).OrderByDescending(r => r.Number).First(),
            p.History.Where(e => e.To == p.Status).Max(e => e.At))).ToList();
    }

    [Fact]
    public async Task WonAndLostProposalsHaveIssuedRevisionsWithFiguresDecidedAcrossThePastYear()
    {
        var decided = await DecidedAsync();
        var now = DateTimeOffset.UtcNow;

        Assert.InRange(decided.Count, 20, 30);
        Assert.Contains(decided, d => d.Proposal.Status == ProposalStatus.Won);
        Assert.Contains(decided, d => d.Proposal.Status == ProposalStatus.Lost);
        Assert.Contains(decided, d => d.Proposal.Language == "zh-CN");
        Assert.Contains(decided, d => d.Proposal.Language == "en");
        Assert.All(decided, d =>
        {
            Assert.NotEqual("", d.Revision.RecommendedOption);
            Assert.True(d.Revision.ContractValue > 0m);
            Assert.NotEmpty(d.Revision.Pdf);
            Assert.InRange(d.DecidedAt, now.AddDays(-366), now);
            Assert.True(d.Proposal.CreatedAt < d.Revision.IssuedAt && d.Revision.IssuedAt < d.DecidedAt, $"Proposal {d.Proposal.Id} is dated out of order.");
        });
        var dates = decided.Select(d => d.DecidedAt).ToList();
        Assert.True(dates.Max() - dates.Min() > TimeSpan.FromDays(183), $"Decided from {dates.Min():d} to {dates.Max():d} only.");
    }

    [Fact]
    public async Task TheTopDifferentiationBandWinsMoreOftenThanTheBottomBand()
    {
        var decided = await DecidedAsync();

        var bands = decided.GroupBy(d => InsightBands.Of(InsightBands.Differentiation, d.Revision.DifferentiationShare * 100m).From)
            .OrderBy(g => g.Key)
            .Select(g => (Band: g.Key, Rate: InsightBands.WinRate(g.Count(d => d.Proposal.Status == ProposalStatus.Won), g.Count(d => d.Proposal.Status == ProposalStatus.Lost))!.Value, Count: g.Count()))
            .ToList();

        var seen = string.Join("; ", bands.Select(b => $"from {b.Band}%: {b.Count} deals, {b.Rate:P0} won"));
        Assert.True(bands.Count >= 2, seen);
        Assert.True(bands[^1].Rate > bands[0].Rate, seen);
    }

    [Fact]
    public async Task EachDecidedProposalsFiguresAreItsRevisionsRecommendedOption()
    {
        var decided = await DecidedAsync();

        Assert.All(decided, d =>
        {
            using var data = JsonDocument.Parse(d.Revision.Data);
            var options = data.RootElement.GetProperty("proposal").GetProperty("options").EnumerateArray().ToList();
            var recommended = options[RecommendedOption.IndexOf(options.Count)];
            Assert.Equal(recommended.GetProperty("name").GetString(), d.Revision.RecommendedOption);
            Assert.Equal(recommended.GetProperty("totals").GetProperty("contractValue").GetDecimal(), d.Revision.ContractValue);
            Assert.Equal(recommended.GetProperty("totals").GetProperty("discountPercent").GetDecimal(), d.Revision.DiscountPercent);
            Assert.Equal(recommended.GetProperty("differentiation").GetProperty("share").GetDecimal(), d.Revision.DifferentiationShare);
        });
    }

    [Fact]
    public async Task LostProposalsSayWhyAndTheirDealIsLostToo()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var decided = await DecidedAsync();
        var stages = await db.Opportunities.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Stage);

        Assert.All(decided, d => Assert.Equal(d.Proposal.Status == ProposalStatus.Won ? Domain.Discovery.OpportunityStage.Won : Domain.Discovery.OpportunityStage.Lost,
            stages[d.Proposal.OpportunityId]));
        Assert.All(decided.Where(d => d.Proposal.Status == ProposalStatus.Lost),
            d => Assert.NotEqual("", d.Proposal.History.Single(e => e.To == ProposalStatus.Lost).Comment));
    }
}
