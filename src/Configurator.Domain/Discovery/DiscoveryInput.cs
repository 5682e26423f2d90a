namespace Configurator.Domain.Discovery;

// The shapes of the discovery API as a caller sent them: every value may be missing or wrong.
// DiscoveryValidation checks them and says what to fix, at the JSON path of each value.

public sealed record AccountInput(string? Name, string? Industry, string? Region, string? Size, string? Notes);

public sealed record StakeholderInput(string? Key, string? Name, string? Title, string? Role, string? Stance, int? Influence, string? Notes);

public sealed record PainPointInput(string? Title, string? Category, string? ClientWords, int? Severity, decimal? AnnualImpact, string? RaisedBy);

public sealed record OpportunityInput(
    int? AccountId,
    string? Name,
    string? Currency,
    string? Stage,
    DateOnly? ExpectedClose,
    decimal? Budget,
    IReadOnlyList<string?>? Competitors,
    IReadOnlyList<StakeholderInput?>? Stakeholders,
    IReadOnlyList<PainPointInput?>? PainPoints);
