using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

/// <summary>
/// With Demo:Proposals (on in Development) a fresh start gives each role work: the approvers find proposals
/// waiting with presales' justification, one per team, and presales find a draft.
/// </summary>
public sealed class DemoProposalsTests(DemoProposalsTests.WithProposals app) : IClassFixture<DemoProposalsTests.WithProposals>
{
    public sealed class WithProposals : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Proposals"] = "true" };
    }

    [Fact]
    public async Task TheApproversQueueHoldsADiscountBeyondItsLimitWithWhyForEachTeam()
    {
        var approver = await app.SignInAsync("approver@demo.local");

        var page = Html.Parse(await approver.GetPageAsync("/proposals"));

        var rows = page.QuerySelectorAll("tr.queue__row");
        Assert.Equal(2, rows.Length);
        var whys = rows.Select(r => r.QuerySelector(".queue__why")!.TextContent).ToList();
        Assert.Contains(whys, w => w.Contains("competing bid about 15% below our list price", StringComparison.Ordinal));
        Assert.Contains(whys, w => w.Contains("竞争报价", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("beyond its", r.QuerySelector(".queue__decision")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoProposalsBelongToOpenDealsOfTheirTeamAndWereSubmittedByItsPresales()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        // The decided ones (and those withdrawn for want of a value case) are DemoDecisionsTests' concern.
        ProposalStatus[] decided = [ProposalStatus.Won, ProposalStatus.Lost, ProposalStatus.Withdrawn];
        var proposals = await db.Proposals.AsNoTracking().Where(p => !decided.Contains(p.Status)).ToListAsync();
        var opportunities = await db.Opportunities.AsNoTracking().ToDictionaryAsync(o => o.Id);
        var emails = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Email!);

        Assert.Equal([ProposalStatus.Draft, ProposalStatus.InReview, ProposalStatus.InReview], proposals.Select(p => p.Status).Order());
        Assert.All(proposals, p => Assert.False(Configurator.Domain.Discovery.Playbook.IsClosed(opportunities[p.OpportunityId].Stage)));
        var chinese = Assert.Single(proposals, p => p.Language == "zh-CN");
        Assert.Equal("wang.lei@demo.local", emails[opportunities[chinese.OpportunityId].OwnerId]);
        Assert.Equal("chen.jing@demo.local", emails[chinese.CreatedBy]);
        Assert.All(proposals.Where(p => p.Language == "en"), p =>
        {
            Assert.Equal("rep@demo.local", emails[opportunities[p.OpportunityId].OwnerId]);
            Assert.Equal("presales@demo.local", emails[p.CreatedBy]);
        });
    }
}
