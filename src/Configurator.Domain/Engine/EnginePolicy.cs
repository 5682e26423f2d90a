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
}
