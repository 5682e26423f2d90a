using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>A proposal in the API's list: enough to pick one and read it whole at <c>/api/v1/proposals/{id}</c>.</summary>
public sealed record ProposalListRow(int Id, string Title, int OpportunityId, int AccountId, ProposalStatus Status, string Currency, int TermMonths, string Language,
    int Version, string CreatedById, DateTimeOffset CreatedAt);
