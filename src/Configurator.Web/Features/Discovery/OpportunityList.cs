using System.Globalization;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The opportunity list's filters and orders, once for the opportunities page and the API. A bad
/// filter value is an error under its parameter's name and filters nothing.
/// </summary>
public sealed class OpportunityList(ConfiguratorDbContext db, TimeProvider clock)
{
    public const string OpenStages = "open";

    /// <summary>Every stage, won and lost included: what the page's "Any stage" sends (an empty value means the page's default, open).</summary>
    public const string AnyStage = "any";

    public DateOnly Today => clock.Date();

    public async Task<(PagedList<OpportunityListRow> Rows, IReadOnlyList<FieldError> Errors)> QueryAsync(OpportunityListQuery query, PagingQuery paging,
        string actorId, string defaultSort, int defaultPageSize, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var page = paging.Parse(errors, defaultPageSize);
        var today = Today;
        var opportunities = db.Opportunities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToUpperInvariant();
            opportunities = opportunities.Where(o => o.Name.ToUpper().Contains(term) || db.Accounts.Any(a => a.Id == o.AccountId && a.Name.ToUpper().Contains(term)));
        }
        if (await OwnerFilter.ResolveAsync(db, query.Owner, actorId, errors, cancellationToken) is { } owner)
        {
            opportunities = opportunities.Where(o => o.OwnerId == owner);
        }
        if (!string.IsNullOrWhiteSpace(query.Stage) && query.Stage.Trim() != AnyStage)
        {
            if (query.Stage.Trim() == OpenStages)
            {
                opportunities = opportunities.Where(o => o.Stage != OpportunityStage.Won && o.Stage != OpportunityStage.Lost);
            }
            else if (DiscoveryTerms.TryParse<OpportunityStage>(query.Stage.Trim(), out var stage))
            {
                opportunities = opportunities.Where(o => o.Stage == stage);
            }
            else
            {
                errors.Add(new("stage", $"stage is '{OpenStages}', '{AnyStage}' or one of {DiscoveryTerms.AllCodes<OpportunityStage>()}."));
            }
        }
        if (!string.IsNullOrWhiteSpace(query.Account))
        {
            if (int.TryParse(query.Account, NumberStyles.None, CultureInfo.InvariantCulture, out var accountId) && await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
            {
                opportunities = opportunities.Where(o => o.AccountId == accountId);
            }
            else
            {
                errors.Add(new("account", $"account is the id of an account; there is none with the id '{query.Account}'."));
            }
        }
        var (from, to) = CloseRange(query, today, errors);
        if (from is { } first)
        {
            opportunities = opportunities.Where(o => o.ExpectedClose >= first);
        }
        if (to is { } last)
        {
            opportunities = opportunities.Where(o => o.ExpectedClose <= last);
        }
        var sort = string.IsNullOrWhiteSpace(query.Sort) ? defaultSort : query.Sort.Trim();
        if (!OpportunitySort.All.Contains(sort))
        {
            errors.Add(new("sort", $"sort is one of {string.Join(", ", OpportunitySort.All)} (a minus sorts from the largest or latest)."));
            sort = defaultSort;
        }
        var total = await opportunities.CountAsync(cancellationToken);
        var rows = await Sorted(opportunities, sort).Skip(page.Skip).Take(page.PageSize)
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.AccountId,
                Account = db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).First(),
                o.Stage,
                o.ExpectedClose,
                o.Budget,
                o.Currency,
                o.OwnerId,
                o.NextStepText,
                o.NextStepDue,
                o.Version,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(o =>
        {
            var next = NextStep.Of(o.NextStepText, o.NextStepDue);
            return new OpportunityListRow(o.Id, o.Name, o.AccountId, o.Account, o.Stage, o.ExpectedClose, o.Budget, o.Currency, o.OwnerId, next?.Text, next?.Due,
                next?.IsOverdue(today, o.Stage) == true, o.Version);
        }).ToList();
        return (new PagedList<OpportunityListRow>(items, page.Page, page.PageSize, total), errors);
    }

    /// <summary>The close dates asked for: a named period, or a range with either end open.</summary>
    private static (DateOnly? From, DateOnly? To) CloseRange(OpportunityListQuery query, DateOnly today, List<FieldError> errors)
    {
        var from = Date(query.CloseFrom, "closeFrom", errors);
        var to = Date(query.CloseTo, "closeTo", errors);
        if (!string.IsNullOrWhiteSpace(query.Close))
        {
            if (!DiscoveryTerms.TryParse<ClosePeriod>(query.Close.Trim(), out var period))
            {
                errors.Add(new("close", $"close is one of {DiscoveryTerms.AllCodes<ClosePeriod>()}, or give closeFrom and closeTo."));
            }
            else if (from is not null || to is not null)
            {
                errors.Add(new("close", "Give either a period (close) or dates (closeFrom, closeTo), not both."));
            }
            else
            {
                var range = period.Range(today);
                return (range.From, range.To);
            }
        }
        if (from > to)
        {
            errors.Add(new("closeTo", "closeTo is on or after closeFrom."));
            return (null, null);
        }
        return (from, to);
    }

    private static DateOnly? Date(string? value, string parameter, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(new(parameter, $"{parameter} is a date written yyyy-MM-dd, e.g. 2027-03-31."));
        return null;
    }

    // Budgets are decimals, which SQLite cannot order: they are ordered as reals, which is exact enough to rank deals.
    private static IOrderedQueryable<Opportunity> Sorted(IQueryable<Opportunity> opportunities, string sort) => sort switch
    {
        OpportunitySort.CloseSoonest => opportunities.OrderBy(o => o.ExpectedClose == null).ThenBy(o => o.ExpectedClose).ThenBy(o => o.Id),
        OpportunitySort.CloseLatest => opportunities.OrderBy(o => o.ExpectedClose == null).ThenByDescending(o => o.ExpectedClose).ThenBy(o => o.Id),
        // Amounts in different currencies do not compare without a rate, so value sorts within each currency.
        OpportunitySort.ValueLargest => opportunities.OrderBy(o => o.Budget == null).ThenBy(o => o.Currency).ThenByDescending(o => (double?)o.Budget).ThenBy(o => o.Id),
        OpportunitySort.ValueSmallest => opportunities.OrderBy(o => o.Budget == null).ThenBy(o => o.Currency).ThenBy(o => (double?)o.Budget).ThenBy(o => o.Id),
        _ => opportunities.OrderBy(o => o.Id),
    };
}
