using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Insights;

/// <summary>The second axis of the heatmap: the client's industry (the default) or region.</summary>
public enum HeatmapAxis
{
    Industry,
    Region,
}

/// <summary>One cell of the heatmap: the pain points of one category in one industry or region, and their annual cost per currency.</summary>
public sealed record HeatmapCell(string Category, string Column, int PainPoints, IReadOnlyDictionary<string, decimal> AnnualImpact);

/// <summary>A pain point behind a heatmap cell, with the opportunity it sits in.</summary>
public sealed record HeatmapPain(int Id, string Title, string ClientWords, int Severity, decimal? AnnualCost, string Currency, int OpportunityId, string Opportunity, string Account);

/// <summary>
/// Which pains recur where: pain points of the filter's opportunities (open or closed: a pain recurs whatever became
/// of the deal), captured in its period, counted per category and per industry or region of the client, in the database.
/// An account without an industry or region falls in the column "" (shown as "not given").
/// </summary>
public sealed class PainHeatmap(ConfiguratorDbContext db)
{
    public const int PainsPerCell = 50;

    public async Task<IReadOnlyList<HeatmapCell>> ListAsync(InsightFilter filter, HeatmapAxis axis, CancellationToken cancellationToken)
    {
        var rows = await Rows(filter, axis)
            .GroupBy(r => new { r.Category, r.Column, r.Currency })
            .Select(g => new
            {
                g.Key.Category,
                g.Key.Column,
                g.Key.Currency,
                Count = g.Count(),
                // Summed as REAL in SQLite: a decimal sum calls back into .NET for every row (several times slower on 60,000 rows);
                // rounded back to cents below, which is exact for sums below 10^13.
                Impact = g.Sum(r => (double?)r.Cost ?? 0d),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.Category, r.Column))
            .Select(g => new HeatmapCell(g.Key.Category, g.Key.Column, g.Sum(r => r.Count),
                g.Where(r => r.Impact != 0d).OrderBy(r => r.Currency.Code, StringComparer.Ordinal).ToDictionary(r => r.Currency.Code, r => Math.Round((decimal)r.Impact, 2), StringComparer.Ordinal)))
            .OrderBy(c => c.Category, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The pain points behind one cell, most severe first, at most <see cref="PainsPerCell"/>; and how many there are in all.</summary>
    public async Task<(IReadOnlyList<HeatmapPain> Pains, int Total)> CellAsync(InsightFilter filter, HeatmapAxis axis, string category, string column, CancellationToken cancellationToken)
    {
        var cell = Rows(filter, axis).Where(r => r.Category == category && r.Column == column);
        var total = await cell.CountAsync(cancellationToken);
        var pains = await cell.OrderByDescending(r => r.Severity).ThenBy(r => r.PainId).Take(PainsPerCell).ToListAsync(cancellationToken);
        return (pains.Select(r => new HeatmapPain(r.PainId, r.Title, r.ClientWords, r.Severity, r.Cost, r.Currency.Code, r.OpportunityId, r.Opportunity, r.Account)).ToList(), total);
    }

    private IQueryable<HeatmapRow> Rows(InsightFilter filter, HeatmapAxis axis)
    {
        var pains = db.PainPoints.AsQueryable();
        if (filter.From is { } from)
        {
            pains = pains.Where(p => StoredDates.Day(p.CapturedAt) >= from);
        }
        if (filter.To is { } to)
        {
            pains = pains.Where(p => StoredDates.Day(p.CapturedAt) <= to);
        }
        var byIndustry = axis == HeatmapAxis.Industry;
        return from p in pains
               join o in filter.Opportunities(db) on p.OpportunityId equals o.Id
               join a in db.Accounts on o.AccountId equals a.Id
               select new HeatmapRow
               {
                   PainId = p.Id,
                   Category = p.Category,
                   Column = byIndustry ? a.Industry : a.Region,
                   Currency = o.Currency,
                   Cost = p.BaselineAmount ?? p.AnnualImpact,
                   Title = p.Title,
                   ClientWords = p.ClientWords,
                   Severity = p.Severity,
                   OpportunityId = o.Id,
                   Opportunity = o.Name,
                   Account = a.Name,
               };
    }

    private sealed class HeatmapRow
    {
        public int PainId { get; init; }

        public string Category { get; init; } = "";

        public string Column { get; init; } = "";

        public required Domain.Catalogue.CurrencyCode Currency { get; init; }

        public decimal? Cost { get; init; }

        public string Title { get; init; } = "";

        public string ClientWords { get; init; } = "";

        public int Severity { get; init; }

        public int OpportunityId { get; init; }

        public string Opportunity { get; init; } = "";

        public string Account { get; init; } = "";
    }
}
