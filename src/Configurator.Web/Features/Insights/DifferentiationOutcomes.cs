using Configurator.Domain.Insights;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// Won and lost proposals judged by their last issued revision's recommended option: counted by differentiation band
/// and by discount band, with the reasons of the lost ones, in one grouped query. A proposal decided without any
/// issued revision has no figures to judge and is only counted as left out. The period is the day it was decided.
/// </summary>
public sealed class DifferentiationOutcomes(ConfiguratorDbContext db)
{
    /// <summary>The most proposals a list behind a figure shows (newest decisions first).</summary>
    public const int ListLimit = 500;

    public async Task<OutcomeReport> ReadAsync(InsightFilter filter, CancellationToken cancellationToken)
    {
        var (d1, d2, d3) = Bounds(InsightBands.Differentiation, 100m);
        var (k1, k2, k3) = Bounds(InsightBands.Discount, 1m);
        var groups = await Judged(filter)
            .Select(j => new
            {
                Differentiation = j.Share < d1 ? 0 : j.Share < d2 ? 1 : j.Share < d3 ? 2 : 3,
                Discount = j.Discount < k1 ? 0 : j.Discount < k2 ? 1 : j.Discount < k3 ? 2 : 3,
                j.Won,
                j.Reason,
                j.DiscountPercent,
            })
            .GroupBy(j => new { j.Differentiation, j.Discount, j.Won, j.Reason })
            .Select(g => new OutcomeGroup(g.Key.Differentiation, g.Key.Discount, g.Key.Won, g.Key.Reason, g.Count(), g.Sum(x => x.DiscountPercent)))
            .ToListAsync(cancellationToken);
        var withoutRevision = await Decided(filter).CountAsync(p => !db.ProposalRevisions.Any(r => r.ProposalId == p.Id), cancellationToken);
        return OutcomeReport.Of(groups, withoutRevision);
    }

    /// <summary>The proposals behind a figure: decided ones in a band (of either kind), won, lost or both, for a reason or any.</summary>
    public async Task<IReadOnlyList<OutcomeProposal>> ListAsync(InsightFilter filter, OutcomeSelection selection, CancellationToken cancellationToken)
    {
        var judged = Judged(filter);
        if (selection.Differentiation is { } band)
        {
            var (from, to) = Range(InsightBands.Differentiation, band, 100m);
            judged = judged.Where(j => j.Share >= from && j.Share < to);
        }
        if (selection.Discount is { } discount)
        {
            var (from, to) = Range(InsightBands.Discount, discount, 1m);
            judged = judged.Where(j => j.Discount >= from && j.Discount < to);
        }
        if (selection.Won is { } won)
        {
            judged = judged.Where(j => j.Won == won);
        }
        if (selection.Reason is { } reason)
        {
            DeclineReason? declined = reason == LostReason.ByTheTeam ? null : Enum.GetValues<DeclineReason>().First(r => ProposalTerms.Code(r) == reason);
            judged = judged.Where(j => !j.Won && j.Reason == declined);
        }
        var rows = await judged
            .OrderByDescending(j => j.DecidedOn).ThenByDescending(j => j.ProposalId)
            .Take(ListLimit)
            .Join(db.Proposals, j => j.ProposalId, p => p.Id, (j, p) => new { j, p.Title, p.OpportunityId })
            .Join(db.Opportunities, x => x.OpportunityId, o => o.Id, (x, o) => new { x.j, x.Title, o.AccountId })
            .Join(db.Accounts, x => x.AccountId, a => a.Id, (x, a) => new
            {
                x.j.ProposalId,
                x.Title,
                Account = a.Name,
                x.j.Won,
                x.j.DecidedOn,
                x.j.Revision,
                x.j.ShareExact,
                x.j.DiscountPercent,
                x.j.Reason,
                x.j.Comment,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new OutcomeProposal(r.ProposalId, r.Title, r.Account, r.Won, r.DecidedOn, r.Revision, r.ShareExact * 100m, r.DiscountPercent,
                r.Won ? null : LostReason.Of(r.Reason), r.Comment))
            .OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.ProposalId)
            .ToList();
    }

    /// <summary>The won and lost proposals of the filter's opportunities, decided in its period (with or without a revision).</summary>
    private IQueryable<DecidedProposal> Decided(InsightFilter filter)
    {
        var opportunities = filter.Opportunities(db);
        var decided = db.Proposals
            .Where(p => p.Status == ProposalStatus.Won || p.Status == ProposalStatus.Lost)
            .Where(p => opportunities.Any(o => o.Id == p.OpportunityId))
            .Select(p => new DecidedProposal
            {
                Id = p.Id,
                Won = p.Status == ProposalStatus.Won,
                // The last step into won or lost: its day places the proposal in a period, its comment says why it was lost.
                DecidedOn = db.Set<ProposalEvent>().Where(e => e.ProposalId == p.Id && (e.To == ProposalStatus.Won || e.To == ProposalStatus.Lost))
                    .OrderByDescending(e => e.Id).Select(e => (DateOnly?)StoredDates.Day(e.At)).FirstOrDefault(),
                Comment = db.Set<ProposalEvent>().Where(e => e.ProposalId == p.Id && (e.To == ProposalStatus.Won || e.To == ProposalStatus.Lost))
                    .OrderByDescending(e => e.Id).Select(e => e.Comment).FirstOrDefault() ?? "",
            });
        if (filter.From is { } from)
        {
            decided = decided.Where(p => p.DecidedOn >= from);
        }
        if (filter.To is { } to)
        {
            decided = decided.Where(p => p.DecidedOn <= to);
        }
        return decided;
    }

    /// <summary>Decided proposals with their last issued revision's figures and, for a loss, the client's last decline reason.</summary>
    private IQueryable<JudgedProposal> Judged(InsightFilter filter) =>
        from p in Decided(filter)
        join r in db.ProposalRevisions on p.Id equals r.ProposalId
        where r.Number == db.ProposalRevisions.Where(x => x.ProposalId == p.Id).Max(x => x.Number)
        select new JudgedProposal
        {
            ProposalId = p.Id,
            Won = p.Won,
            DecidedOn = p.DecidedOn,
            Comment = p.Comment,
            Revision = r.Number,
            // SQLite cannot compare decimals: the bands compare the figures as doubles, the sums and lists keep the decimals.
            Share = (double)r.DifferentiationShare,
            ShareExact = r.DifferentiationShare,
            Discount = (double)r.DiscountPercent,
            DiscountPercent = r.DiscountPercent,
            Reason = p.Won ? null : db.ClientDecisions.Where(d => d.ProposalId == p.Id && d.Kind == ClientDecisionKind.Declined)
                .OrderByDescending(d => d.Id).Select(d => d.DeclineReason).FirstOrDefault(),
        };

    /// <summary>The three inner bounds of a set of four bands, in the stored figure's unit (a share is 0…1, a discount percent).</summary>
    private static (double, double, double) Bounds(IReadOnlyList<InsightBand> bands, decimal perUnit)
    {
        if (bands.Count != 4)
        {
            throw new InvalidOperationException("The outcome query groups into four bands.");
        }
        return ((double)(bands[1].From / perUnit), (double)(bands[2].From / perUnit), (double)(bands[3].From / perUnit));
    }

    /// <summary>A band's bounds in the stored figure's unit; the last band is open above, as <see cref="InsightBands.Of"/> holds larger values to it.</summary>
    private static (double From, double To) Range(IReadOnlyList<InsightBand> bands, InsightBand band, decimal perUnit) =>
        (band == bands[0] ? double.MinValue : (double)(band.From / perUnit), band == bands[^1] ? double.MaxValue : (double)(band.To / perUnit));

    private sealed class DecidedProposal
    {
        public int Id { get; init; }

        public bool Won { get; init; }

        public DateOnly? DecidedOn { get; init; }

        public string Comment { get; init; } = "";
    }

    private sealed class JudgedProposal
    {
        public int ProposalId { get; init; }

        public bool Won { get; init; }

        public DateOnly? DecidedOn { get; init; }

        public string Comment { get; init; } = "";

        public int Revision { get; init; }

        public double Share { get; init; }

        public decimal ShareExact { get; init; }

        public double Discount { get; init; }

        public decimal DiscountPercent { get; init; }

        public DeclineReason? Reason { get; init; }
    }
}
