using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Insights;
using Configurator.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Insights;

/// <summary>The coverage counted in the database agrees with the engine's own warnings for each proposal's recommended option, on the demo data and the hand-made deals.</summary>
public sealed class PipelineCoverageQueryTests(GapsData app) : IClassFixture<GapsData>
{
    [Fact]
    public async Task TheDatabaseCountsWhatTheEngineWarnsAbout()
    {
        await app.SeedAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<ProposalEngine>();

        var result = await scope.ServiceProvider.GetRequiredService<PipelineCoverage>().ListAsync(new InsightFilter(null, null, null, null, null), null, CancellationToken.None);

        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Options).ThenInclude(o => o.Lines).Include(p => p.PainNotes).AsSplitQuery()
            .Where(p => PipelineCoverage.InProgress.Contains(p.Status)).ToListAsync();
        Assert.NotEmpty(proposals);
        var expected = new Dictionary<int, (int Uncovered, int Weak)>();
        foreach (var proposal in proposals)
        {
            var context = await engine.ContextAsync(db, proposal.OpportunityId, proposal.Currency, CancellationToken.None);
            var evaluated = RecommendedOption.Of(proposal.Evaluate(context.Pains, context.Catalogue.ByCode, context.Policy));
            var issues = evaluated!.Evaluation.Issues;
            var counts = (issues.Count(i => i.Code == IssueCodes.PainUncovered), issues.Count(i => i.Code == IssueCodes.PainWeak));
            if (counts != (0, 0))
            {
                expected[proposal.Id] = counts;
            }
        }
        Assert.Equal(expected.Count, result.ProposalsTotal);
        Assert.Equal(expected.OrderBy(e => e.Key), result.Proposals.ToDictionary(p => p.Id, p => (p.Uncovered, p.Weak)).OrderBy(e => e.Key));
    }
}
