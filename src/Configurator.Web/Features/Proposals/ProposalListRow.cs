using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// A proposal in the lists (the proposals page and the API's): enough to pick one and read it whole at
/// <c>/api/v1/proposals/{id}</c>, with its opportunity's and account's names.
/// </summary>
public sealed record ProposalListRow(int Id, string Title, int OpportunityId, string Opportunity, int AccountId, string Account, ProposalStatus Status, string Currency,
    int TermMonths, string Language, int Version, string CreatedById, DateTimeOffset CreatedAt);
