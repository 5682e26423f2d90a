using System.Security.Claims;
using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>Loads what the opportunity page and its htmx fragments show, for the pain point, stakeholder and stage controllers alike.</summary>
public sealed class OpportunityWorkspace(ConfiguratorDbContext db, CatalogueCache catalogue, IAuthorizationService authorization, Playbook playbook, TimeProvider clock)
{
    public Playbook Playbook => playbook;

    /// <summary>The opportunity with pain points and stakeholders, tracked for a change.</summary>
    public Task<Opportunity?> LoadForChangeAsync(int id, CancellationToken cancellationToken) =>
        db.Opportunities.Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The currency of the opportunity's amounts, or null when there is no such opportunity.</summary>
    public async Task<string?> CurrencyOfAsync(int id, CancellationToken cancellationToken) =>
        (await db.Opportunities.Where(o => o.Id == id).Select(o => o.Currency).FirstOrDefaultAsync(cancellationToken))?.Code;

    public async Task<IReadOnlySet<string>> CategoryCodesAsync(CancellationToken cancellationToken) =>
        (await catalogue.GetAsync(db, cancellationToken)).CategoryNames.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The facts the playbook checks; a sent revision is an issued revision of a proposal marked sent (or won or lost after).</summary>
    public async Task<PlaybookFacts> FactsOfAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        var proposals = await db.Proposals.Where(p => p.OpportunityId == opportunity.Id)
            .Select(p => new { p.Status, Revisions = db.ProposalRevisions.Count(r => r.ProposalId == p.Id) })
            .ToListAsync(cancellationToken);
        var sent = proposals.Where(p => p.Status is ProposalStatus.Sent or ProposalStatus.Won or ProposalStatus.Lost).Sum(p => p.Revisions);
        return PlaybookFacts.Of(opportunity, proposals.Count, sent);
    }

    public async Task<OpportunityViewModel?> ModelAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).ThenInclude(p => p.RaisedBy).Include(o => o.Stakeholders)
            .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return null;
        }
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == opportunity.AccountId, cancellationToken);
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var categories = (await catalogue.GetAsync(db, cancellationToken)).Categories;
        var timeline = await Timeline.ForOpportunityAsync(db, id, names, cancellationToken);
        var can = new OpportunityPermissions(
            (await authorization.AuthorizeAsync(user, Policies.EditDiscovery)).Succeeded,
            (await authorization.AuthorizeAsync(user, Policies.ReassignOwners)).Succeeded,
            (await authorization.AuthorizeAsync(user, Policies.EditProposals)).Succeeded);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.OpportunityId == id).OrderByDescending(p => p.Id)
            .Select(p => new OpportunityProposal(p.Id, p.Title, p.Status)).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.AccountId == opportunity.AccountId).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return new OpportunityViewModel(opportunity, account, names, categories, DiscoverySummary.Of(opportunity),
            playbook.Check(opportunity.Stage, await FactsOfAsync(opportunity, cancellationToken)), timeline, can)
        { Proposals = proposals, Today = clock.Date(), People = people };
    }
}
