namespace Configurator.Domain.Engine;

/// <summary>A captured pain point as the engine weighs and traces it: severity 1–5, an annual impact of 0 or more when known.</summary>
public sealed record ClientPain(int Id, string Title, string Category, int Severity, decimal? AnnualImpact)
{
    public const int MinSeverity = 1;
    public const int MaxSeverity = 5;

    private readonly int _severity = CheckedSeverity(Severity);
    private readonly decimal? _annualImpact = CheckedImpact(AnnualImpact);

    public int Severity { get => _severity; init => _severity = CheckedSeverity(value); }

    public decimal? AnnualImpact { get => _annualImpact; init => _annualImpact = CheckedImpact(value); }

    /// <summary>What the client confirmed of <see cref="AnnualImpact"/>, with who and when; null while it is the rep's estimate.</summary>
    public Discovery.ConfirmedBaseline? Baseline { get; init; }

    public PainCostSource CostSource => Baseline is null ? PainCostSource.Estimate : PainCostSource.ConfirmedByClient;

    // Discovery refuses other values with a message for the rep; one reaching the engine is a bug.
    private static int CheckedSeverity(int severity) => severity is >= MinSeverity and <= MaxSeverity
        ? severity
        : throw new ArgumentOutOfRangeException(nameof(severity), severity, $"A severity is {MinSeverity} to {MaxSeverity}.");

    private static decimal? CheckedImpact(decimal? impact) => impact is null or >= 0
        ? impact
        : throw new ArgumentOutOfRangeException(nameof(impact), impact, "An annual impact is 0 or more.");
}
