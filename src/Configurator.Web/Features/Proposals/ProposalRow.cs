using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>A proposal in the lists.</summary>
public sealed record ProposalRow(int Id, string Title, string Opportunity, int OpportunityId, ProposalStatus Status, string Currency, int Version, DateTimeOffset CreatedAt);
