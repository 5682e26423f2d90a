namespace Configurator.Domain.Discovery;

/// <summary>
/// The details of a deal that can change after it started (the currency cannot); checked by
/// <see cref="DiscoveryValidation.OpportunityDetails"/>, or <see cref="DiscoveryValidation.NewOpportunity"/> with its currency and stage.
/// </summary>
public sealed record OpportunityDetails(string? Name, DateOnly? ExpectedClose, decimal? Budget, IReadOnlyList<string?> Competitors);
