namespace Configurator.Domain.Discovery;

/// <summary>A pain point as someone entered it; checked by <see cref="DiscoveryValidation.PainPoint"/>.</summary>
public sealed record PainPointDetails(string? Title, string? Category, string? ClientWords, int? Severity, decimal? AnnualImpact);
