using Configurator.Domain.Discovery;
using Configurator.Web.Data;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// The filters as understood: the period's first and last day (null = open), whose opportunities, which industry
/// and region. What falls in the period depends on the insight: a pain point by the day it was captured, a won or
/// lost proposal by the day it was decided, a proposal's use of an item by the day the proposal was created.
/// </summary>
public sealed record InsightFilter(DateOnly? From, DateOnly? To, string? OwnerId, string? Industry, string? Region)
{
    public string Period { get; init; } = InsightPeriods.Default;

    /// <summary>
    /// Set for reps and presales, who see their own pipeline: the opportunities they own and those they wrote a proposal
    /// for (presales rarely own the deals they work on).
    /// </summary>
    public bool OwnPipeline { get; init; }

    /// <summary>The first instant of the period, for comparing with stored times; null when open.</summary>
    public DateTimeOffset? FromInstant => From is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The first instant after the period; null when open.</summary>
    public DateTimeOffset? ToExclusive => To is { } d ? new DateTimeOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The opportunities the filter keeps (owner, industry and region; the period is each insight's own).</summary>
    public IQueryable<Opportunity> Opportunities(ConfiguratorDbContext db)
    {
        var opportunities = db.Opportunities.AsQueryable();
        if (OwnerId is { } owner)
        {
            opportunities = OwnPipeline
                ? opportunities.Where(o => o.OwnerId == owner || db.Proposals.Any(p => p.OpportunityId == o.Id && p.CreatedBy == owner))
                : opportunities.Where(o => o.OwnerId == owner);
        }
        if (Industry is { } industry)
        {
            opportunities = opportunities.Where(o => db.Accounts.Any(a => a.Id == o.AccountId && a.Industry == industry));
        }
        if (Region is { } region)
        {
            opportunities = opportunities.Where(o => db.Accounts.Any(a => a.Id == o.AccountId && a.Region == region));
        }
        return opportunities;
    }
}
