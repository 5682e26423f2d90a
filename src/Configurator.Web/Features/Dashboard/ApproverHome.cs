using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Dashboard;

/// <summary>
/// The approver's cards: the queue's oldest proposals (by their last submission) as <see cref="ApprovalQueue"/> weighs
/// them, and their own approve and reject decisions since the first of this month (UTC).
/// </summary>
public sealed class ApproverHome(ConfiguratorDbContext db, ApprovalQueue queue, TimeProvider clock)
{
    public async Task<ApproverCards> ReadAsync(string actorId, bool canSeeCosts, CancellationToken cancellationToken)
    {
        var events = db.Set<ProposalEvent>();
        var submit = ProposalWorkflow.Of(ProposalAction.Submit).Code;
        var inReview = db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.InReview);
        var waiting = await inReview.CountAsync(cancellationToken);
        // Event ids grow with time, and SQLite cannot order stored instants: the oldest submission has the smallest id.
        var oldestIds = await inReview
            .OrderBy(p => events.Where(e => e.ProposalId == p.Id && e.Action == submit).Max(e => (long?)e.Id) ?? 0L).ThenBy(p => p.Id)
            .Select(p => p.Id).Take(ApproverCards.Shown).ToListAsync(cancellationToken);
        var oldest = new List<ApprovalQueueRow>();
        foreach (var id in oldestIds)
        {
            if (await queue.RowAsync(id, canSeeCosts, actorId, cancellationToken) is { } row)
            {
                oldest.Add(row);
            }
        }

        var today = clock.Date();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var approve = ProposalWorkflow.Of(ProposalAction.Approve).Code;
        var reject = ProposalWorkflow.Of(ProposalAction.Reject).Code;
        var decisions = events.Where(e => e.ActorId == actorId && (e.Action == approve || e.Action == reject) && StoredDates.Day(e.At) >= monthStart);
        var counts = await decisions.GroupBy(e => e.Action).Select(g => new { Action = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var latest = await (from e in decisions
                            join p in db.Proposals on e.ProposalId equals p.Id
                            join o in db.Opportunities on p.OpportunityId equals o.Id
                            join a in db.Accounts on o.AccountId equals a.Id
                            orderby e.Id descending
                            select new ApproverCards.Decision(p.Id, p.Title, a.Name, e.Action == approve, e.At))
            .Take(ApproverCards.Shown).ToListAsync(cancellationToken);
        return new ApproverCards(waiting, oldest, monthStart,
            counts.Where(c => c.Action == approve).Sum(c => c.Count), counts.Where(c => c.Action == reject).Sum(c => c.Count), latest);
    }
}
