using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>The account list's filters and order, once for the accounts page and the API: by name, then id.</summary>
public sealed class AccountList(ConfiguratorDbContext db, AccountChoices choices)
{
    /// <summary>One page of the accounts the query names; a bad filter value is an error under its parameter's name and filters nothing.</summary>
    public async Task<(PagedList<AccountRow> Rows, IReadOnlyList<FieldError> Errors)> QueryAsync(AccountListQuery query, PagingQuery paging, string actorId,
        int defaultPageSize, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var page = paging.Parse(errors, defaultPageSize);
        var accounts = db.Accounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToUpperInvariant();
            accounts = accounts.Where(a => a.Name.ToUpper().Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            if (choices.Industries.Accepts(query.Industry))
            {
                var industry = choices.Industries.Canonical(query.Industry);
                accounts = accounts.Where(a => a.Industry == industry);
            }
            else
            {
                errors.Add(new("industry", $"Choose one of the industries: {string.Join(", ", choices.Industries.Values)}."));
            }
        }
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            if (choices.Regions.Accepts(query.Region))
            {
                var region = choices.Regions.Canonical(query.Region);
                accounts = accounts.Where(a => a.Region == region);
            }
            else
            {
                errors.Add(new("region", $"Choose one of the regions: {string.Join(", ", choices.Regions.Values)}."));
            }
        }
        if (await OwnerFilter.ResolveAsync(db, query.Owner, actorId, errors, cancellationToken) is { } owner)
        {
            accounts = accounts.Where(a => a.OwnerId == owner);
        }
        var total = await accounts.CountAsync(cancellationToken);
        var rows = await accounts.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(a => new AccountRow(a.Id, a.Name, a.Industry, a.Region, a.Size, a.OwnerId, db.Opportunities.Count(o => o.AccountId == a.Id), a.Version))
            .ToListAsync(cancellationToken);
        return (new PagedList<AccountRow>(rows, page.Page, page.PageSize, total), errors);
    }

    /// <summary>The industries and regions the filters offer: the lists, then values saved outside them where the list allows other values.</summary>
    public async Task<(IReadOnlyList<string> Industries, IReadOnlyList<string> Regions)> FilterValuesAsync(CancellationToken cancellationToken)
    {
        var industries = choices.Industries.AllowsOther ? await db.Accounts.Select(a => a.Industry).Distinct().ToListAsync(cancellationToken) : [];
        var regions = choices.Regions.AllowsOther ? await db.Accounts.Select(a => a.Region).Distinct().ToListAsync(cancellationToken) : [];
        return (WithOthers(choices.Industries, industries), WithOthers(choices.Regions, regions));
    }

    private static List<string> WithOthers(ChoiceList list, List<string> saved) =>
        [.. list.Values, .. saved.Where(s => s.Length > 0 && !list.Values.Contains(s, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.CurrentCulture)];
}
