using Configurator.Domain.Discovery;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Dashboard;

/// <summary>A home with nothing to show says so in each card, with what to do next, never an empty box (a database with no proposals).</summary>
public sealed class HomeEmptyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ARepWithNoDealsSeesAHelpfulEmptyStateInEveryCard()
    {
        var (browser, _, _) = await app.PersonAsync(Roles.Rep);

        var home = await browser.HomeAsync();

        foreach (var card in new[] { "rep-stages", "rep-unquantified", "rep-missing-people", "rep-overdue" })
        {
            Assert.NotEmpty(home.Text($"#{card} .empty-state"));
            Assert.Null(home.QuerySelector($"#{card} .home-list"));
        }
        Assert.StartsWith("Nothing overdue —", home.Text("#rep-overdue .empty-state"));
    }

    [Fact]
    public async Task PresalesWithNoProposalsAndAnApproverWithNothingToDecideSeeEmptyStates()
    {
        var (presales, _, _) = await app.PersonAsync(Roles.Presales);
        var (approver, _, _) = await app.PersonAsync(Roles.Approver);

        var presalesHome = await presales.HomeAsync();
        var approverHome = await approver.HomeAsync();

        Assert.StartsWith("No drafts —", presalesHome.Text("#presales-drafts .empty-state"));
        Assert.StartsWith("Nothing came back —", presalesHome.Text("#presales-returned .empty-state"));
        Assert.Equal("No proposal of yours is in progress.", presalesHome.Text("#presales-uncovered .empty-state"));
        // No proposal exists here: every open deal of the demo book with a pain point waits, recounted in memory.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var withPains = (await db.PainPoints.AsNoTracking().Select(p => p.OpportunityId).ToListAsync()).ToHashSet();
        var waiting = (await db.Opportunities.AsNoTracking().ToListAsync()).Count(o => !Playbook.IsClosed(o.Stage) && withPains.Contains(o.Id));
        Assert.True(waiting > 0);
        Assert.Equal(waiting.ToString(), presalesHome.Text("#presales-waiting .home-figure__value"));
        Assert.StartsWith("The queue is empty —", approverHome.Text("#approver-queue .empty-state"));
        Assert.StartsWith("No decisions yet this month —", approverHome.Text("#approver-decisions .empty-state"));
    }

    [Fact]
    public async Task WithNoProposalEveryActiveItemAnsweredNothingRecentlyAndNoInnovationIsACandidate()
    {
        var home = await (await app.SignInAsync("product@demo.local")).HomeAsync();

        Assert.Equal("29", home.Text("#product-idle .home-figure__value")); // the demo catalogue's active items
        Assert.Contains("of 29 active items", home.Text("#product-idle .home-figure__label"));
        Assert.Equal(8, home.QuerySelectorAll("#product-idle .home-list > li").Length);
        Assert.Equal("and 21 more", home.Text("#product-idle p.small"));
        Assert.StartsWith("No innovation is used often enough", home.Text("#product-innovations .empty-state"));
    }

    [Fact]
    public async Task NobodyLockedOutIsSaid()
    {
        var home = await (await app.SignInAsync("admin@demo.local")).HomeAsync();

        Assert.Equal("Nobody is locked out — everyone can sign in.", home.Text("#admin-locked .empty-state"));
    }
}
