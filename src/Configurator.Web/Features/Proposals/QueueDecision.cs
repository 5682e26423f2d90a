using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>Where a proposal decided from the queue stands now, or why the decision was refused, for the row that replaces it.</summary>
public sealed record QueueDecision(int ProposalId, string Title, ProposalStatus Status, string? Refusal);
