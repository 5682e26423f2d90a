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
        var proposals = from p in db.Proposals.AsNoTracking()
                        join o in db.Opportunities.AsNoTracking() on p.OpportunityId equals o.Id
                        join a in db.Accounts.AsNoTracking() on o.AccountId equals a.Id
                        select new { Proposal = p, o.AccountId, o.OwnerId, Opportunity = o.Name, Account = a.Name };
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (ContractCode.TryParse<ProposalStatus>(query.Status.Trim(), out var status))
            {
                proposals = proposals.Where(p => p.Proposal.Status == status);
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
                proposals = proposals.Where(p => p.Proposal.OpportunityId == opportunityId);
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
                proposals = proposals.Where(p => p.AccountId == accountId);
            }
            else
            {
                errors.Add(new("account", $"There is no account with the id {accountId}."));
            }
        }
        if (await OwnerFilter.ResolveAsync(db, query.Owner, actorId, errors, cancellationToken) is { } owner)
        {
            proposals = proposals.Where(p => p.OwnerId == owner);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToUpperInvariant();
            proposals = proposals.Where(p => p.Proposal.Title.ToUpper().Contains(term) || p.Opportunity.ToUpper().Contains(term) || p.Account.ToUpper().Contains(term));
        }
        var total = await proposals.CountAsync(cancellationToken);
        // Newest first by the day it was created (SQLite cannot order instants), then by id: a proposal copied in from an
        // earlier system, or seeded, may have a later id than a newer one.
        var ordered = newestFirst
            ? proposals.OrderByDescending(p => StoredDates.Day(p.Proposal.CreatedAt)).ThenByDescending(p => p.Proposal.Id)
            : proposals.OrderBy(p => p.Proposal.Id);
        var rows = await ordered.Skip(page.Skip).Take(page.PageSize)
            .Select(p => new ProposalListRow(p.Proposal.Id, p.Proposal.Title, p.Proposal.OpportunityId, p.Opportunity, p.AccountId, p.Account, p.Proposal.Status,
                p.Proposal.Currency, p.Proposal.TermMonths, p.Proposal.Language, p.Proposal.Version, p.Proposal.CreatedBy, p.Proposal.CreatedAt))
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
