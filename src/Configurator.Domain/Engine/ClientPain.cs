namespace Configurator.Domain.Engine;

/// <summary>A captured pain point as the engine weighs and traces it.</summary>
public sealed record ClientPain(int Id, string Title, string Category, int Severity, decimal? AnnualImpact);
