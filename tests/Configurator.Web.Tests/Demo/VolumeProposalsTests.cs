using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Demo;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

/// <summary>
/// The volume seed writes proposals for the deals at the proposal stage or later, in bulk: lines whose code and kind
/// are their item's, and issued revisions (for sent, won and lost ones) whose figures are their recommended option's.
/// </summary>
public sealed class VolumeProposalsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheVolumeSeedWritesProposalsWithLinesAndIssuedRevisionsWithTheirFigures()
    {
        var output = new StringWriter();

        var exitCode = await VolumeSeed.RunAsync(app.Services, ["seed", "--accounts", "30", "--seed", "11"], output);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"Wrote [1-9]\d* proposals with [1-9]\d* lines and [1-9]\d* issued revisions", output.ToString());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Options).ThenInclude(o => o.Lines).AsSplitQuery().ToListAsync();
        var stages = await db.Opportunities.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Stage);
        var revisions = await db.ProposalRevisions.AsNoTracking().ToListAsync();

        OpportunityStage[] withProposals = [OpportunityStage.Proposal, OpportunityStage.Negotiation, OpportunityStage.Won, OpportunityStage.Lost];
        Assert.NotEmpty(proposals);
        Assert.All(proposals, p => Assert.Contains(stages[p.OpportunityId], withProposals));
        var lines = proposals.SelectMany(p => p.Options).SelectMany(o => o.Lines).ToList();
        Assert.All(lines, l =>
        {
            Assert.Equal(l.Item.Code, l.ItemCode);
            Assert.Equal(l.Item.Kind, l.ItemKind);
        });
        Assert.Contains(lines, l => l.ItemKind == Domain.Catalogue.ItemKind.Innovation);
        Assert.Contains(proposals, p => p.Status == ProposalStatus.Won);
        Assert.Contains(proposals, p => p.Status == ProposalStatus.Lost);
        // Every sent, won or lost proposal has its issued revision, and the figures are the recommended option's as issued.
        var issued = proposals.Where(p => p.Status is ProposalStatus.Sent or ProposalStatus.Won or ProposalStatus.Lost).ToList();
        Assert.Equal(issued.Select(p => p.Id).Order(), revisions.Select(r => r.ProposalId).Order());
        Assert.All(revisions, r =>
        {
            using var data = JsonDocument.Parse(r.Data);
            var options = data.RootElement.GetProperty("proposal").GetProperty("options").EnumerateArray().ToList();
            var recommended = options[RecommendedOption.IndexOf(options.Count)];
            Assert.Equal(recommended.GetProperty("name").GetString(), r.RecommendedOption);
            Assert.Equal(recommended.GetProperty("totals").GetProperty("contractValue").GetDecimal(), r.ContractValue);
            Assert.Equal(recommended.GetProperty("differentiation").GetProperty("share").GetDecimal(), r.DifferentiationShare);
            Assert.True(r.ContractValue > 0m);
            Assert.NotEmpty(r.Pdf);
        });
    }
}

/// <summary>The load test's seed: at most so many proposals, the first drafts submitted beyond a discount limit so they wait for an approver.</summary>
public sealed class VolumeProposalsForTheQueueTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheVolumeSeedCapsItsProposalsAndSendsTheFirstDraftsToTheApprovalQueue()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var before = await db.Proposals.AsNoTracking().Select(p => p.Id).ToListAsync();
        var output = new StringWriter();

        var exitCode = await VolumeSeed.RunAsync(app.Services, ["seed", "--accounts", "40", "--seed", "11", "--proposals", "12", "--in-review", "3"], output);

        Assert.Equal(0, exitCode);
        var written = await db.Proposals.AsNoTracking().Include(p => p.Options).ThenInclude(o => o.Lines).Include(p => p.History).AsSplitQuery()
            .Where(p => !before.Contains(p.Id)).ToListAsync();
        Assert.Equal(12, written.Count);
        var inReview = written.Where(p => p.Status == ProposalStatus.InReview).ToList();
        Assert.Equal(3, inReview.Count);
        Assert.Contains("3 of them wait in the approval queue.", output.ToString());
        // Each waits for a reason an approver weighs: its submitted option has a line beyond its item's discount limit.
        Assert.All(inReview, p =>
        {
            // As the queue reads it: the option recorded, else the first (the seed submits before any option has an id).
            var submitted = p.Options.SingleOrDefault(o => o.Id == p.SubmittedOptionId) ?? p.OptionsInOrder.First();
            Assert.Contains(submitted.Lines, l => l.DiscountPercent > l.Item.MaxDiscountPercent);
            Assert.Equal("submit", p.History.Last().Action);
        });
    }

    [Fact]
    public async Task ANegativeCountIsRefusedWithTheUsageAndWritesNothing()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var accounts = await db.Accounts.CountAsync();
        var output = new StringWriter();

        var exitCode = await VolumeSeed.RunAsync(app.Services, ["seed", "--accounts", "10", "--in-review", "-1"], output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: seed --accounts N", output.ToString());
        Assert.Equal(accounts, await db.Accounts.CountAsync());
    }
}
