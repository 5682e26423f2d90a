namespace Configurator.Domain.Engine;

/// <summary>A recommended configuration, with what the recommender could not satisfy.</summary>
public sealed record Recommendation(Configuration Configuration, IReadOnlyList<EngineIssue> Issues);
