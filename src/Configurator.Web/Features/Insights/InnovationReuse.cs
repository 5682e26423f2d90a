using Configurator.Domain.Catalogue;
using Configurator.Domain.Insights;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Insights;

/// <summary>How one innovation is used across proposals.</summary>
public sealed record InnovationUse(string ItemCode, int Proposals, int Won, int Lost, IReadOnlyList<string> Industries)
{
    public decimal? WinRate => InsightBands.WinRate(Won, Lost);

    public bool CandidateForStandard => InnovationReuseRule.IsCandidateForStandard(Proposals, Won, Industries.Count);
}

/// <summary>
/// For each innovation, the proposals (of the filter's opportunities, created in its period) with it in any option,
/// how many of them were won and lost, and the industries of their clients; counted in the database.
/// </summary>
public sealed class InnovationReuse(ConfiguratorDbContext db)
{
    public async Task<IReadOnlyList<InnovationUse>> ListAsync(InsightFilter filter, CancellationToken cancellationToken)
    {
        var proposals = db.Proposals.Where(p => filter.Opportunities(db).Any(o => o.Id == p.OpportunityId));
        if (filter.From is { } from)
        {
            proposals = proposals.Where(p => StoredDates.Day(p.CreatedAt) >= from);
        }
        if (filter.To is { } to)
        {
            proposals = proposals.Where(p => StoredDates.Day(p.CreatedAt) <= to);
        }
        // One grouped pass over the innovation lines: a proposal with the item in several options counts once.
        var uses = from line in db.Set<ProposalLine>()
                   where line.ItemKind == ItemKind.Innovation
                   join option in db.Set<ProposalOption>() on line.OptionId equals option.Id
                   join proposal in proposals on option.ProposalId equals proposal.Id
                   select new { line.ItemCode, ProposalId = proposal.Id, proposal.Status, proposal.OpportunityId };
        var counts = await uses.GroupBy(u => u.ItemCode)
            .Select(g => new
            {
                ItemCode = g.Key,
                Proposals = g.Select(u => u.ProposalId).Distinct().Count(),
                Won = g.Where(u => u.Status == ProposalStatus.Won).Select(u => u.ProposalId).Distinct().Count(),
                Lost = g.Where(u => u.Status == ProposalStatus.Lost).Select(u => u.ProposalId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        var industries = await (from u in uses
                                join o in db.Opportunities on u.OpportunityId equals o.Id
                                join a in db.Accounts on o.AccountId equals a.Id
                                where a.Industry != ""
                                group a by new { u.ItemCode, a.Industry } into g
                                select g.Key).ToListAsync(cancellationToken);
        var industriesBy = industries.ToLookup(i => i.ItemCode, i => i.Industry, StringComparer.Ordinal);
        return counts
            .Select(c => new InnovationUse(c.ItemCode, c.Proposals, c.Won, c.Lost, industriesBy[c.ItemCode].Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(u => u.Proposals).ThenBy(u => u.ItemCode, StringComparer.Ordinal)
            .ToList();
    }
}
