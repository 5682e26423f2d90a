using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Dashboard;

/// <summary>
/// Presales' cards. Deals waiting for a proposal are the company's (presales serve every rep): open, with at least one
/// pain point, and no proposal at all. Drafts, returned proposals and uncovered pains are about the proposals the person
/// created. Only the <see cref="PresalesCards.EvaluatedAtMost"/> most recent of those in progress are evaluated by the engine.
/// </summary>
public sealed class PresalesHome(ConfiguratorDbContext db, ProposalService proposals)
{
    private static readonly ProposalStatus[] _inProgress = [ProposalStatus.Draft, ProposalStatus.InReview, ProposalStatus.Approved];

    public async Task<PresalesCards> ReadAsync(string actorId, CancellationToken cancellationToken)
    {
        var waiting = db.Opportunities.AsNoTracking()
            .Where(o => o.Stage != OpportunityStage.Won && o.Stage != OpportunityStage.Lost)
            .Where(o => db.PainPoints.Any(p => p.OpportunityId == o.Id) && !db.Proposals.Any(p => p.OpportunityId == o.Id));
        var waitingCount = await waiting.CountAsync(cancellationToken);
        var waitingDeals = await (from o in waiting
                                  join a in db.Accounts on o.AccountId equals a.Id
                                  orderby o.ExpectedClose == null, o.ExpectedClose, o.Id
                                  select new PresalesCards.WaitingDeal(o.Id, o.Name, a.Name, db.PainPoints.Count(p => p.OpportunityId == o.Id), o.ExpectedClose))
            .Take(PresalesCards.Shown).ToListAsync(cancellationToken);

        var mine = db.Proposals.AsNoTracking().Where(p => p.CreatedBy == actorId);
        var drafts = mine.Where(p => p.Status == ProposalStatus.Draft);
        var draftCount = await drafts.CountAsync(cancellationToken);
        var draftRows = await Rows(drafts.OrderByDescending(p => p.Id)).Take(PresalesCards.Shown).ToListAsync(cancellationToken);

        var events = db.Set<ProposalEvent>();
        var returned = from p in drafts
                       let last = events.Where(e => e.ProposalId == p.Id).OrderByDescending(e => e.Id).FirstOrDefault()
                       where last != null && last.To == ProposalStatus.Draft && (last.From == ProposalStatus.InReview || last.From == ProposalStatus.Approved)
                       select new { Proposal = p, last.Action, last.Comment };
        var returnedCount = await returned.CountAsync(cancellationToken);
        var reject = ProposalWorkflow.Of(ProposalAction.Reject).Code;
        var returnedRows = await (from r in returned
                                  join o in db.Opportunities on r.Proposal.OpportunityId equals o.Id
                                  join a in db.Accounts on o.AccountId equals a.Id
                                  orderby r.Proposal.Id descending
                                  select new PresalesCards.ReturnedRow(r.Proposal.Id, r.Proposal.Title, a.Name, r.Action == reject, r.Comment))
            .Take(PresalesCards.Shown).ToListAsync(cancellationToken);

        var evaluate = await Rows(mine.Where(p => _inProgress.Contains(p.Status)).OrderByDescending(p => p.Id)).Take(PresalesCards.EvaluatedAtMost).ToListAsync(cancellationToken);
        var uncovered = new List<PresalesCards.UncoveredRow>();
        foreach (var row in evaluate)
        {
            if (await proposals.ReadAsync(row.Id, cancellationToken) is not { } read)
            {
                continue;
            }
            var open = read.Options
                .SelectMany(o => o.Evaluation.Issues.Where(i => i.Code == IssueCodes.PainUncovered && i.PainPointId is not null).Select(i => (Option: o.Option.Name, Pain: i.PainPointId!.Value)))
                .ToList();
            if (open.Count > 0)
            {
                uncovered.Add(new PresalesCards.UncoveredRow(row.Id, row.Title, row.Client, open.Select(o => o.Pain).Distinct().Count(), open.Select(o => o.Option).Distinct().ToList()));
            }
        }
        return new PresalesCards(waitingCount, waitingDeals, draftCount, draftRows, returnedCount, returnedRows, evaluate.Count, uncovered);
    }

    private IQueryable<PresalesCards.ProposalRow> Rows(IQueryable<Proposal> proposals) =>
        from p in proposals
        join o in db.Opportunities on p.OpportunityId equals o.Id
        join a in db.Accounts on o.AccountId equals a.Id
        select new PresalesCards.ProposalRow(p.Id, p.Title, a.Name);
}
