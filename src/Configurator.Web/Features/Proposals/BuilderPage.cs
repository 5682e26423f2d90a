using System.Security.Claims;
using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>How much of the builder an answer shows: the whole page, the lines with the pain points, or one line.</summary>
public enum BuilderScope
{
    Page,
    Lines,
    Line,
}

/// <summary>
/// Builds the builder's view model from the proposal the request already read (a change does not load
/// it again), loading only what the answer shows: people and revisions for the page, the decision
/// chain when the pain points are redrawn, nothing more for one line.
/// </summary>
public sealed class BuilderPage(ConfiguratorDbContext db, ProposalService proposals, ProposalRevisions revisions, ProposalDocumentBuilder documents, ProposalPageWords words,
    Microsoft.Extensions.Options.IOptions<ProposalSettings> settings)
{
    public async Task<BuilderViewModel?> ModelAsync(int id, int? optionId, ClaimsPrincipal user, BuilderScope scope, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return null;
        }
        var client = await (from o in db.Opportunities
                            join a in db.Accounts on o.AccountId equals a.Id
                            where o.Id == read.Proposal.OpportunityId
                            select new BuilderClient(o.Id, o.Name, a.Name, a.Industry, a.Region)).FirstAsync(cancellationToken);
        var selected = read.Options.FirstOrDefault(o => o.Option.Id == optionId) ?? read.Options[0];
        var can = new BuilderPermissions(ProposalWorkflow.EditorRoles.Any(user.IsInRole), Policies.CanSeeCosts(user), user.IsInRole)
        {
            OwnWork = step => read.Proposal.OwnWorkRefusal(step, user.ActorId(), settings.Value.AllowSelfApproval),
        };
        var model = new BuilderViewModel(read.Proposal, client, read.Options, selected, read.Context, can)
        {
            Words = words,
            TextFailures = documents.TextFailures(read.Options,
                new ProposalTextData(client.AccountName, client.Industry, client.Region, client.OpportunityName, read.Proposal.Currency), read.Proposal.Language),
        };
        if (scope != BuilderScope.Line)
        {
            model = model with { KeyPeople = await KeyPeopleAsync(read.Proposal.OpportunityId, selected.Evaluation, cancellationToken) };
        }
        if (scope != BuilderScope.Page && read.Proposal.Status == ProposalStatus.Approved)
        {
            // "Mark as sent" names the revision it sends, whatever part of the page is redrawn.
            model = model with { Revisions = await revisions.ListAsync(id, cancellationToken) };
        }
        if (scope == BuilderScope.Page)
        {
            var actors = read.Proposal.History.Select(h => h.ActorId).Append(read.Proposal.LastChangedBy).Distinct().ToList();
            model = model with
            {
                Revisions = await revisions.ListAsync(id, cancellationToken),
                People = await Shared.UserNames.LoadAsync(db, actors, cancellationToken),
            };
        }
        return model;
    }

    /// <summary>The economic buyer, champion and decision makers, most influential first, with what each cares about.</summary>
    private async Task<IReadOnlyList<KeyPerson>> KeyPeopleAsync(int opportunityId, Evaluation evaluation, CancellationToken cancellationToken)
    {
        var people = await db.Stakeholders.AsNoTracking()
            .Where(s => s.OpportunityId == opportunityId && (s.Role == StakeholderRole.EconomicBuyer || s.Role == StakeholderRole.Champion || s.Role == StakeholderRole.DecisionMaker))
            .ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return [];
        }
        var pains = await db.PainPoints.AsNoTracking().Where(p => p.OpportunityId == opportunityId).ToListAsync(cancellationToken);
        var answered = evaluation.Coverage.Where(c => c.Status == CoverageStatus.Covered).Select(c => c.Pain.Id).ToHashSet();
        return people.OrderBy(s => s.Role).ThenByDescending(s => s.Influence)
            .Select(s => new KeyPerson(s.Name, s.Role, s.Stance, pains.Where(s.Cares).Select(p => (p.Title, answered.Contains(p.Id))).ToList()))
            .ToList();
    }
}
