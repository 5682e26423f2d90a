namespace Configurator.Web.Features.Insights;

/// <summary>One decided proposal behind a figure: what its last issued revision recommended, and why it was lost.</summary>
public sealed record OutcomeProposal(int ProposalId, string Title, string Account, bool Won, DateOnly? DecidedOn, int Revision,
    decimal DifferentiationPercent, decimal DiscountPercent, string? LostReason, string Comment);
