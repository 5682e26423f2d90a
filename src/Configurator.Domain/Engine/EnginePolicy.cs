using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>The settings the engine takes from configuration; the defaults are the contract's.</summary>
public sealed record EnginePolicy
{
    public static readonly EnginePolicy Default = new();

    /// <summary>A totals discount above this needs an approver.</summary>
    public Percentage TotalsDiscountLimitPercent { get; init; } = Percentage.From(20m);

    /// <summary>The names of the Good / Better / Best options.</summary>
    public IReadOnlyList<string> OptionNames { get; init; } = ["Essential", "Advantage", "Premium"];

    /// <summary>The value model's assumptions where the catalogue and presales say nothing.</summary>
    public ValuePolicy Value { get; init; } = ValuePolicy.Default;
}

/// <summary>
/// How much of a pain's cost an item is expected to remove, by how strongly it addresses the pain's
/// category, and the scenarios and ramp-up the value case is shown with. The defaults are the contract's.
/// </summary>
public sealed record ValuePolicy
{
    public static readonly ValuePolicy Default = new();

    public const decimal MaxAmbitiousPercent = 200m;

    public Percentage WeakImprovement { get; init; } = Percentage.From(15m);

    public Percentage MediumImprovement { get; init; } = Percentage.From(35m);

    public Percentage StrongImprovement { get; init; } = Percentage.From(60m);

    /// <summary>The conservative scenario's share of each expected improvement.</summary>
    public Percentage ConservativeShare { get; init; } = Percentage.From(50m);

    /// <summary>The ambitious scenario's multiple of each expected improvement, in percent (125 is 1.25×; 100–200).</summary>
    public decimal AmbitiousPercent { get; init; } = 125m;

    /// <summary>The share of the full annual value reached in the first year, while the solution is rolled out.</summary>
    public Percentage FirstYearRampUp { get; init; } = Percentage.From(50m);

    /// <summary>The improvement an item is assumed to bring when nobody has said otherwise.</summary>
    public Percentage ImprovementFor(int strength) => strength switch
    {
        >= CategoryStrength.Strong => StrongImprovement,
        CategoryStrength.Weak => WeakImprovement,
        _ => MediumImprovement,
    };
}
