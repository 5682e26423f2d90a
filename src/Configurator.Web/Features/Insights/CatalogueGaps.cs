using Configurator.Domain.Discovery;
using Configurator.Domain.Insights;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Insights;

/// <summary>One category of pain the catalogue leaves open, across open opportunities.</summary>
public sealed record CatalogueGap(
    string Category,
    int PainPoints,
    int Unquantified,
    IReadOnlyDictionary<string, decimal> AnnualImpact,
    IReadOnlyList<int> OpportunityIds,
    IReadOnlyList<string> Quotes)
{
    /// <summary>Whether a category is not answered at all (true) or only weakly (false).</summary>
    public bool Unanswered { get; init; }
}

/// <summary>
/// The catalogue gaps (see <see cref="CatalogueGapRule"/>): pain points of open opportunities whose category no active
/// item answers better than weakly, grouped by category and counted in the database. A pain point's annual cost is the
/// client-confirmed baseline when there is one, else the rep's estimate; pain points with neither are counted as
/// unquantified, never as zero.
/// </summary>
public sealed class CatalogueGaps(ConfiguratorDbContext db, CatalogueCache catalogue)
{
    public const int QuotesPerCategory = 3;

    public async Task<IReadOnlyList<CatalogueGap>> ListAsync(InsightFilter filter, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var wellAnswered = CatalogueGapRule.WellAnswered(snapshot.Items).ToList();
        var addressed = snapshot.Items.Where(i => i.Status == Domain.Catalogue.ItemStatus.Active)
            .SelectMany(i => i.Addresses).Select(a => a.Category).ToHashSet(StringComparer.Ordinal);
        var gaps = Gaps(filter, wellAnswered);

        var totals = await gaps
            .GroupBy(g => new { g.Pain.Category, g.Currency })
            .Select(g => new
            {
                g.Key.Category,
                g.Key.Currency,
                Count = g.Count(),
                Unquantified = g.Count(x => x.Pain.BaselineAmount == null && x.Pain.AnnualImpact == null),
                Impact = g.Sum(x => x.Pain.BaselineAmount ?? x.Pain.AnnualImpact ?? 0m),
            })
            .ToListAsync(cancellationToken);
        var opportunities = await gaps.Select(g => new { g.Pain.Category, g.Pain.OpportunityId }).Distinct().ToListAsync(cancellationToken);
        var quotes = await gaps.Where(g => g.Pain.ClientWords != "")
            .GroupBy(g => g.Pain.Category)
            .Select(g => new { Category = g.Key, Words = g.OrderByDescending(x => x.Pain.Severity).ThenBy(x => x.Pain.Id).Select(x => x.Pain.ClientWords).Take(QuotesPerCategory).ToList() })
            .ToListAsync(cancellationToken);
        var quotesBy = quotes.ToDictionary(q => q.Category, q => (IReadOnlyList<string>)q.Words, StringComparer.Ordinal);
        var opportunitiesBy = opportunities.ToLookup(o => o.Category, o => o.OpportunityId, StringComparer.Ordinal);

        return totals.GroupBy(t => t.Category, StringComparer.Ordinal)
            .Select(g => new CatalogueGap(
                g.Key,
                g.Sum(t => t.Count),
                g.Sum(t => t.Unquantified),
                g.Where(t => t.Impact != 0m).OrderBy(t => t.Currency.Code, StringComparer.Ordinal).ToDictionary(t => t.Currency.Code, t => t.Impact, StringComparer.Ordinal),
                opportunitiesBy[g.Key].Order().ToList(),
                quotesBy.GetValueOrDefault(g.Key) ?? [])
            { Unanswered = !addressed.Contains(g.Key) })
            .OrderByDescending(g => g.PainPoints).ThenBy(g => g.Category, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The pain points that are gaps, with their deal's currency: open opportunities the filter keeps, captured in its period.</summary>
    private IQueryable<GapRow> Gaps(InsightFilter filter, List<string> wellAnswered)
    {
        var open = filter.Opportunities(db).Where(o => o.Stage != OpportunityStage.Won && o.Stage != OpportunityStage.Lost);
        var pains = db.PainPoints.Where(p => !wellAnswered.Contains(p.Category));
        if (filter.From is { } from)
        {
            pains = pains.Where(p => StoredDates.Day(p.CapturedAt) >= from);
        }
        if (filter.To is { } to)
        {
            pains = pains.Where(p => StoredDates.Day(p.CapturedAt) <= to);
        }
        return from p in pains
               join o in open on p.OpportunityId equals o.Id
               select new GapRow { Pain = p, Currency = o.Currency };
    }

    private sealed class GapRow
    {
        public required PainPoint Pain { get; init; }

        public required Domain.Catalogue.CurrencyCode Currency { get; init; }
    }
}
