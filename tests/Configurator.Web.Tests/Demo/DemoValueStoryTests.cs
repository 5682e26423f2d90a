using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

/// <summary>
/// Every seeded demo proposal tells a true value story, as the engine evaluates it (no figure is written here):
/// the recommended option pays back within the term on conservative assumptions, and each richer option
/// adds value for its price.
/// </summary>
public sealed class DemoValueStoryTests(DemoProposalsTests.WithProposals app) : IClassFixture<DemoProposalsTests.WithProposals>
{
    private async Task<List<ProposalRead>> SeededAsync()
    {
        using var scope = app.Services.CreateScope();
        // A withdrawn proposal tells no one a story: the demo withdraws the deals where no option pays back.
        var ids = await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Proposals.AsNoTracking()
            .Where(p => p.Status != ProposalStatus.Withdrawn).Select(p => p.Id).ToListAsync();
        var proposals = scope.ServiceProvider.GetRequiredService<ProposalService>();
        var read = new List<ProposalRead>();
        foreach (var id in ids)
        {
            read.Add((await proposals.ReadAsync(id, CancellationToken.None))!);
        }
        return read;
    }

    [Fact]
    public async Task TheRecommendedOptionPaysBackWithinTheTermOnConservativeAssumptions()
    {
        var proposals = await SeededAsync();

        // The three open ones and the decided ones (DemoDecisionsTests).
        Assert.True(proposals.Count > 3);
        Assert.All(proposals, read =>
        {
            // Good / Better / Best, whose middle the document recommends; or, when the client wanted a standard set-up, the two leaner ones and the first.
            Assert.InRange(read.Options.Count, 2, 3);
            var option = RecommendedOption.Of(read.Options)!;
            var recommended = option.Evaluation.Value.Conservative;
            var name = $"{read.Proposal.Title} ({read.Proposal.Language}), {option.Option.Name}";
            Assert.True(recommended.NetValueOverTerm.Amount >= 0, $"{name} loses {recommended.NetValueOverTerm} over the term on the conservative case.");
            Assert.True(recommended.Roi >= 0, $"{name}: conservative ROI {recommended.Roi}.");
            Assert.True(recommended.PaybackMonths is { } months && months <= read.Proposal.TermMonths, $"{name}: conservative payback {recommended.PaybackMonths} months.");
        });
    }

    /// <summary>The open proposals' promise; of the decided ones, some richer options did not pay their way (and some of those deals were lost).</summary>
    [Fact]
    public async Task EachRicherOptionAddsValueForItsPrice()
    {
        var proposals = (await SeededAsync()).Where(p => p.Proposal.Status is not (ProposalStatus.Won or ProposalStatus.Lost)).ToList();

        Assert.All(proposals, read =>
        {
            for (var i = 1; i < read.Options.Count; i++)
            {
                var (leaner, richer) = (read.Options[i - 1], read.Options[i]);
                var name = $"{read.Proposal.Title} ({read.Proposal.Language}): {richer.Option.Name} over {leaner.Option.Name}";
                var (before, after) = (leaner.Evaluation.Value.Expected, richer.Evaluation.Value.Expected);
                Assert.True(after.AnnualValue.Amount > before.AnnualValue.Amount, $"{name} adds no value ({before.AnnualValue} → {after.AnnualValue}).");
                // What the richer option adds over the term is worth at least what it adds to the price.
                Assert.True(after.NetValueOverTerm.Amount >= before.NetValueOverTerm.Amount,
                    $"{name} adds {after.ValueOverTerm.Amount - before.ValueOverTerm.Amount} of value over the term for "
                    + $"{richer.Evaluation.Value.ContractValue.Amount - leaner.Evaluation.Value.ContractValue.Amount} more.");
            }
        });
    }

    /// <summary>A proposal is written to the client's economic buyer, who confirmed its costs: every open demo deal knows who that is.</summary>
    [Fact]
    public async Task EveryOpenDemoProposalIsForADealThatKnowsItsEconomicBuyer()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();

        var open = await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Draft || p.Status == ProposalStatus.InReview)
            .Select(p => new { p.Title, KnowsBuyer = db.Opportunities.Any(o => o.Id == p.OpportunityId && o.Stakeholders.Any(s => s.Role == StakeholderRole.EconomicBuyer)) })
            .ToListAsync();

        Assert.Equal(3, open.Count);
        Assert.All(open, p => Assert.True(p.KnowsBuyer, $"{p.Title}: the deal names no economic buyer."));
    }

    [Fact]
    public async Task EveryPainAnOptionAnswersHasACostTheClientConfirmedOrTheRepRecorded()
    {
        var proposals = await SeededAsync();

        Assert.All(proposals, read => Assert.All(read.Options, option => Assert.Empty(option.Evaluation.Value.NotQuantified)));
    }
}
