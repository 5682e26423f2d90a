namespace Configurator.Domain.Discovery;

/// <summary>How a stakeholder feels about our solution.</summary>
public enum Stance
{
    Unknown,
    Supporter,
    Neutral,
    Opponent,
}
