using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Dashboard;

/// <summary>
/// The rep's cards, over the deals they own that are still open, counted in the database; lists are bounded to
/// <see cref="RepCards.Shown"/> rows.
/// <para>
/// <b>Behind the playbook</b>: a deal whose current stage has an action the app checks (pain points, quantified pain
/// points, economic buyer, champion, proposals, sent revisions: <see cref="Playbook.Check"/>) still not done, once time
/// presses: the deal has been in its stage for <see cref="PlaybookDays"/> days or more (since its last stage change,
/// else since it was created), or it is expected to close within <see cref="PlaybookDays"/> days (or should have closed).
/// Actions the rep ticks are confirmed only when the deal moves on, so they are not counted here.
/// </para>
/// </summary>
public sealed class RepHome(ConfiguratorDbContext db, Playbook playbook, TimeProvider clock)
{
    public const int PlaybookDays = 30;

    private static readonly OpportunityStage[] _openStages = [OpportunityStage.Discovery, OpportunityStage.SolutionDesign, OpportunityStage.Proposal, OpportunityStage.Negotiation];

    public async Task<RepCards> ReadAsync(string ownerId, CancellationToken cancellationToken)
    {
        var today = clock.Date();
        var open = db.Opportunities.AsNoTracking().Where(o => o.OwnerId == ownerId && o.Stage != OpportunityStage.Won && o.Stage != OpportunityStage.Lost);

        var byStage = await open.GroupBy(o => new { o.Stage, o.Currency })
            .Select(g => new { g.Key.Stage, g.Key.Currency, Count = g.Count(), Budget = g.Sum(o => o.Budget ?? 0m) })
            .ToListAsync(cancellationToken);
        var stages = _openStages.Select(stage => new RepCards.StageRow(
                stage,
                byStage.Where(s => s.Stage == stage).Sum(s => s.Count),
                byStage.Where(s => s.Stage == stage && s.Budget != 0m).OrderBy(s => s.Currency.Code, StringComparer.Ordinal).ToDictionary(s => s.Currency.Code, s => s.Budget, StringComparer.Ordinal)))
            .ToList();

        var nextSteps = await Deals(open.Where(o => o.NextStepText != "" && o.NextStepDue >= today).OrderBy(o => o.NextStepDue).ThenBy(o => o.Id))
            .Take(RepCards.Shown).ToListAsync(cancellationToken);

        var unquantified = from p in db.PainPoints
                           join o in open on p.OpportunityId equals o.Id
                           where p.AnnualImpact == null && p.BaselineAmount == null
                           select p;
        var unquantifiedCount = await unquantified.CountAsync(cancellationToken);
        var unquantifiedTop = await unquantified.GroupBy(p => p.OpportunityId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id).Take(RepCards.Shown)
            .ToListAsync(cancellationToken);
        var topIds = unquantifiedTop.Select(t => t.Id).ToList();
        var topNames = await (from o in db.Opportunities
                              join a in db.Accounts on o.AccountId equals a.Id
                              where topIds.Contains(o.Id)
                              select new { o.Id, o.Name, Account = a.Name }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var unquantifiedByDeal = unquantifiedTop.Select(t => new RepCards.DealCount(t.Id, topNames[t.Id].Name, topNames[t.Id].Account, t.Count)).ToList();

        var missing = from o in open
                      let buyer = db.Stakeholders.Any(s => s.OpportunityId == o.Id && s.Role == StakeholderRole.EconomicBuyer)
                      let champion = db.Stakeholders.Any(s => s.OpportunityId == o.Id && s.Role == StakeholderRole.Champion)
                      where !buyer || !champion
                      select new { o.Id, o.Name, o.AccountId, o.ExpectedClose, Buyer = buyer, Champion = champion };
        var missingCount = await missing.CountAsync(cancellationToken);
        var missingDeals = await (from m in missing
                                  join a in db.Accounts on m.AccountId equals a.Id
                                  orderby m.ExpectedClose == null, m.ExpectedClose, m.Id
                                  select new RepCards.MissingPeopleDeal(m.Id, m.Name, a.Name, !m.Buyer, !m.Champion))
            .Take(RepCards.Shown).ToListAsync(cancellationToken);

        var overdue = open.Where(o => o.NextStepText != "" && o.NextStepDue < today);
        var overdueCount = await overdue.CountAsync(cancellationToken);
        var overdueDeals = await Deals(overdue.OrderBy(o => o.NextStepDue).ThenBy(o => o.Id)).Take(RepCards.Shown).ToListAsync(cancellationToken);

        var behind = await BehindPlaybookAsync(open, today, cancellationToken);
        return new RepCards(stages, nextSteps, unquantifiedCount, unquantifiedByDeal, missingCount, missingDeals, overdueCount, overdueDeals,
            behind.Count, behind.Take(RepCards.Shown).ToList());
    }

    private IQueryable<RepCards.Deal> Deals(IQueryable<Opportunity> opportunities) =>
        from o in opportunities
        join a in db.Accounts on o.AccountId equals a.Id
        select new RepCards.Deal(o.Id, o.Name, a.Name, o.Stage, o.NextStepText, o.NextStepDue);

    /// <summary>
    /// The deals behind their playbook, soonest to close first. The facts are counted in the database for the deals where
    /// time presses; the playbook itself decides which actions are open, as on the opportunity page.
    /// </summary>
    private async Task<List<RepCards.PlaybookDeal>> BehindPlaybookAsync(IQueryable<Opportunity> open, DateOnly today, CancellationToken cancellationToken)
    {
        var checkedStages = _openStages.Where(s => playbook.For(s).Any(a => a.Check != PlaybookCheck.Manual)).ToList();
        if (checkedStages.Count == 0)
        {
            return [];
        }
        var closing = today.AddDays(PlaybookDays);
        var longAgo = today.AddDays(-PlaybookDays);
        var sent = new[] { ProposalStatus.Sent, ProposalStatus.Won, ProposalStatus.Lost };
        var facts = await (from o in open
                           where checkedStages.Contains(o.Stage)
                           where (o.ExpectedClose != null && o.ExpectedClose <= closing)
                                 || (StoredDates.Day(o.CreatedAt) <= longAgo
                                     && !db.Activity.Any(e => e.OpportunityId == o.Id && e.Kind == ActivityKind.StageChanged && StoredDates.Day(e.At) > longAgo))
                           join a in db.Accounts on o.AccountId equals a.Id
                           select new
                           {
                               o.Id,
                               o.Name,
                               Account = a.Name,
                               o.Stage,
                               o.ExpectedClose,
                               Pains = db.PainPoints.Count(p => p.OpportunityId == o.Id),
                               Quantified = db.PainPoints.Count(p => p.OpportunityId == o.Id && p.AnnualImpact != null),
                               Buyer = db.Stakeholders.Any(s => s.OpportunityId == o.Id && s.Role == StakeholderRole.EconomicBuyer),
                               Champion = db.Stakeholders.Any(s => s.OpportunityId == o.Id && s.Role == StakeholderRole.Champion),
                               Proposals = db.Proposals.Count(p => p.OpportunityId == o.Id),
                               Sent = db.ProposalRevisions.Count(r => db.Proposals.Any(p => p.Id == r.ProposalId && p.OpportunityId == o.Id && sent.Contains(p.Status))),
                           }).ToListAsync(cancellationToken);
        return facts
            .Select(f =>
            {
                var roles = new HashSet<StakeholderRole>();
                if (f.Buyer)
                {
                    roles.Add(StakeholderRole.EconomicBuyer);
                }
                if (f.Champion)
                {
                    roles.Add(StakeholderRole.Champion);
                }
                var open = playbook.Check(f.Stage, new PlaybookFacts(f.Pains, f.Quantified, roles, f.Proposals, f.Sent))
                    .Where(a => a.Automatic && !a.Done).ToList();
                return new RepCards.PlaybookDeal(f.Id, f.Name, f.Account, f.Stage, f.ExpectedClose, open);
            })
            .Where(d => d.Open.Count > 0)
            .OrderBy(d => d.ExpectedClose is null).ThenBy(d => d.ExpectedClose).ThenBy(d => d.Id)
            .ToList();
    }
}
