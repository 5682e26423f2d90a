using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Insights;

/// <summary>An open opportunity with pain points captured and no proposal yet.</summary>
public sealed record WaitingOpportunity(int Id, string Name, string Account, OpportunityStage Stage, string OwnerName, int PainPoints, DateTimeOffset CreatedAt);

/// <summary>A proposal in progress whose recommended option leaves pain points uncovered (nothing answers them) or answered only weakly.</summary>
public sealed record UncoveredProposal(int Id, string Title, ProposalStatus Status, int OpportunityId, string Opportunity, string RecommendedOption,
    int PainPoints, int Uncovered, int Weak);

/// <summary>Both halves of the pipeline coverage, each with how many rows there are in all.</summary>
public sealed record PipelineCoverageResult(IReadOnlyList<WaitingOpportunity> Waiting, int WaitingTotal, IReadOnlyList<UncoveredProposal> Proposals, int ProposalsTotal);

/// <summary>
/// Where the pipeline leaves pains unanswered: open opportunities (created in the filter's period) with pain points and no
/// proposal that is not withdrawn; and proposals in progress (draft, in review, approved, sent; created in the period)
/// whose recommended option (<see cref="RecommendedOption"/>) leaves some of the opportunity's pain points uncovered.
/// Counted in the database: a line answers a pain point when the catalogue's item of the line's code addresses the pain's
/// category (strength 2–3 covers, 1 is weak, as <see cref="Domain.Engine.Coverage"/> says), so it reads the catalogue as it is
/// now, not the line's snapshot; a pain point the proposal explains ("not part of this proposal because …") is not uncovered,
/// as the engine does not warn about it.
/// </summary>
public sealed class PipelineCoverage(ConfiguratorDbContext db, CatalogueCache catalogue)
{
    public static readonly ProposalStatus[] InProgress = [ProposalStatus.Draft, ProposalStatus.InReview, ProposalStatus.Approved, ProposalStatus.Sent];

    public async Task<PipelineCoverageResult> ListAsync(InsightFilter filter, int? limit, CancellationToken cancellationToken)
    {
        var waiting = Waiting(filter);
        var waitingTotal = await waiting.CountAsync(cancellationToken);
        var waitingRows = await Limit(waiting.OrderByDescending(w => w.PainPoints).ThenBy(w => w.Id), limit)
            .Select(w => new WaitingOpportunity(w.Id, w.Name, w.Account, w.Stage, w.OwnerName, w.PainPoints, w.CreatedAt))
            .ToListAsync(cancellationToken);

        var proposals = await Proposals(filter, cancellationToken);
        var proposalsTotal = await proposals.CountAsync(cancellationToken);
        var proposalRows = await Limit(proposals.OrderByDescending(p => p.Uncovered).ThenByDescending(p => p.Weak).ThenBy(p => p.Id), limit)
            .ToListAsync(cancellationToken);
        return new PipelineCoverageResult(waitingRows, waitingTotal,
            proposalRows.Select(p => new UncoveredProposal(p.Id, p.Title, p.Status, p.OpportunityId, p.Opportunity, p.RecommendedOption, p.PainPoints, p.Uncovered, p.Weak)).ToList(),
            proposalsTotal);
    }

    private static IQueryable<T> Limit<T>(IQueryable<T> rows, int? limit) => limit is { } n ? rows.Take(n) : rows;

    private IQueryable<Opportunity> Open(InsightFilter filter)
    {
        var open = filter.Opportunities(db).Where(o => o.Stage != OpportunityStage.Won && o.Stage != OpportunityStage.Lost);
        if (filter.From is { } from)
        {
            open = open.Where(o => StoredDates.Day(o.CreatedAt) >= from);
        }
        if (filter.To is { } to)
        {
            open = open.Where(o => StoredDates.Day(o.CreatedAt) <= to);
        }
        return open;
    }

    private IQueryable<WaitingRow> Waiting(InsightFilter filter) =>
        from o in Open(filter)
        let pains = db.PainPoints.Count(p => p.OpportunityId == o.Id)
        where pains > 0 && !db.Proposals.Any(p => p.OpportunityId == o.Id && p.Status != ProposalStatus.Withdrawn)
        join a in db.Accounts on o.AccountId equals a.Id
        join u in db.Users on o.OwnerId equals u.Id into owners
        from u in owners.DefaultIfEmpty()
        select new WaitingRow
        {
            Id = o.Id,
            Name = o.Name,
            Account = a.Name,
            Stage = o.Stage,
            OwnerName = u == null ? "" : u.DisplayName,
            PainPoints = pains,
            CreatedAt = o.CreatedAt,
        };

    private async Task<IQueryable<ProposalRow>> Proposals(InsightFilter filter, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        // Which item answers which category, as "CODE|CATEGORY" pairs the database can look up.
        var answers = Pairs(snapshot.Items, CategoryStrength.Weak);
        var covers = Pairs(snapshot.Items, CategoryStrength.Weak + 1);
        var statuses = InProgress;
        var options = db.Set<ProposalOption>();
        var lines = db.Set<ProposalLine>();
        var notes = db.Set<ProposalPainNote>();
        var proposals = db.Proposals.Where(p => statuses.Contains(p.Status) && filter.Opportunities(db).Any(o => o.Id == p.OpportunityId));
        if (filter.From is { } from)
        {
            proposals = proposals.Where(p => StoredDates.Day(p.CreatedAt) >= from);
        }
        if (filter.To is { } to)
        {
            proposals = proposals.Where(p => StoredDates.Day(p.CreatedAt) <= to);
        }
        // The recommended option: of three or more the second in order, else the first (RecommendedOption.IndexOf).
        var recommended = from option in options
                          let before = options.Count(x => x.ProposalId == option.ProposalId && (x.Position < option.Position || (x.Position == option.Position && x.Id < option.Id)))
                          let count = options.Count(x => x.ProposalId == option.ProposalId)
                          where before == (count >= 3 ? 1 : 0)
                          select option;
        var pains = db.PainPoints;
        var rows = from p in proposals
                   join option in recommended on p.Id equals option.ProposalId
                   join o in db.Opportunities on p.OpportunityId equals o.Id
                   let uncovered = pains.Count(pain => pain.OpportunityId == p.OpportunityId
                       && !lines.Any(l => l.OptionId == option.Id && answers.Contains(l.ItemCode + "|" + pain.Category))
                       && !notes.Any(n => n.ProposalId == p.Id && n.PainPointId == pain.Id))
                   let weak = pains.Count(pain => pain.OpportunityId == p.OpportunityId
                       && lines.Any(l => l.OptionId == option.Id && answers.Contains(l.ItemCode + "|" + pain.Category))
                       && !lines.Any(l => l.OptionId == option.Id && covers.Contains(l.ItemCode + "|" + pain.Category)))
                   where uncovered > 0 || weak > 0
                   select new ProposalRow
                   {
                       Id = p.Id,
                       Title = p.Title,
                       Status = p.Status,
                       OpportunityId = o.Id,
                       Opportunity = o.Name,
                       RecommendedOption = option.Name,
                       PainPoints = pains.Count(pain => pain.OpportunityId == p.OpportunityId),
                       Uncovered = uncovered,
                       Weak = weak,
                   };
        return rows;
    }

    private static List<string> Pairs(IEnumerable<OfferItemSpec> items, int minimumStrength) =>
        items.SelectMany(i => i.Addresses.Where(a => a.Strength >= minimumStrength).Select(a => $"{i.Code}|{a.Category}")).Distinct(StringComparer.Ordinal).ToList();

    private sealed class WaitingRow
    {
        public int Id { get; init; }

        public string Name { get; init; } = "";

        public string Account { get; init; } = "";

        public OpportunityStage Stage { get; init; }

        public string OwnerName { get; init; } = "";

        public int PainPoints { get; init; }

        public DateTimeOffset CreatedAt { get; init; }
    }

    private sealed class ProposalRow
    {
        public int Id { get; init; }

        public string Title { get; init; } = "";

        public ProposalStatus Status { get; init; }

        public int OpportunityId { get; init; }

        public string Opportunity { get; init; } = "";

        public string RecommendedOption { get; init; } = "";

        public int PainPoints { get; init; }

        public int Uncovered { get; init; }

        public int Weak { get; init; }
    }
}
