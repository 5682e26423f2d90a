using System.Globalization;
using Configurator.Domain;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposal list's filters, once for the proposals page (newest first) and the API (by id): every signed-in user
/// reads every proposal, as with one proposal. A bad filter value is an error under its parameter's name and filters nothing.
/// </summary>
public sealed class ProposalList(ConfiguratorDbContext db)
{
    public async Task<(PagedList<ProposalListRow> Rows, IReadOnlyList<FieldError> Errors)> QueryAsync(ProposalListQuery query, PagingQuery paging, string actorId,
        bool newestFirst, int defaultPageSize, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var page = paging.Parse(errors, defaultPageSize);
        // Filters by the deal or client look them up per proposal, so a list with none counts the proposals alone; only the
        // page's rows are joined to their deal and client.
        var proposals = db.Proposals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (ContractCode.TryParse<ProposalStatus>(query.Status.Trim(), out var status))
            {
                proposals = proposals.Where(p => p.Status == status);
            }
            else
            {
                errors.Add(new("status", $"status is one of {ContractCode.All<ProposalStatus>()}."));
            }
        }
        if (Id(query.Opportunity, "opportunity", errors) is { } opportunityId)
        {
            if (await db.Opportunities.AnyAsync(o => o.Id == opportunityId, cancellationToken))
            {
                proposals = proposals.Where(p => p.OpportunityId == opportunityId);
            }
            else
            {
                errors.Add(new("opportunity", $"There is no opportunity with the id {opportunityId}."));
            }
        }
        if (Id(query.Account, "account", errors) is { } accountId)
        {
            if (await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
            {
                proposals = proposals.Where(p => db.Opportunities.Any(o => o.Id == p.OpportunityId && o.AccountId == accountId));
            }
            else
            {
                errors.Add(new("account", $"There is no account with the id {accountId}."));
            }
        }
        if (await OwnerFilter.ResolveAsync(db, query.Owner, actorId, errors, cancellationToken) is { } owner)
        {
            proposals = proposals.Where(p => db.Opportunities.Any(o => o.Id == p.OpportunityId && o.OwnerId == owner));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToUpperInvariant();
            proposals = proposals.Where(p => p.Title.ToUpper().Contains(term) || db.Opportunities.Any(o => o.Id == p.OpportunityId
                && (o.Name.ToUpper().Contains(term) || db.Accounts.Any(a => a.Id == o.AccountId && a.Name.ToUpper().Contains(term)))));
        }
        var total = await proposals.CountAsync(cancellationToken);
        var shown = (newestFirst ? proposals.OrderByDescending(p => p.Id) : proposals.OrderBy(p => p.Id)).Skip(page.Skip).Take(page.PageSize);
        var named = from p in shown
                    join o in db.Opportunities on p.OpportunityId equals o.Id
                    join a in db.Accounts on o.AccountId equals a.Id
                    select new { Proposal = p, Opportunity = o.Name, o.AccountId, Account = a.Name };
        var rows = await (newestFirst ? named.OrderByDescending(r => r.Proposal.Id) : named.OrderBy(r => r.Proposal.Id))
            .Select(r => new ProposalListRow(r.Proposal.Id, r.Proposal.Title, r.Proposal.OpportunityId, r.Opportunity, r.AccountId, r.Account, r.Proposal.Status,
                r.Proposal.Currency, r.Proposal.TermMonths, r.Proposal.Language, r.Proposal.Version, r.Proposal.CreatedBy, r.Proposal.CreatedAt))
            .ToListAsync(cancellationToken);
        return (new PagedList<ProposalListRow>(rows, page.Page, page.PageSize, total), errors);
    }

    private static int? Id(string? value, string parameter, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }
        errors.Add(new(parameter, $"{parameter} is the whole-number id of an {(parameter == "account" ? "account" : "opportunity")}."));
        return null;
    }
}
