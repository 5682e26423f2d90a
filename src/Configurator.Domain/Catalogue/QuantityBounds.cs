namespace Configurator.Domain.Catalogue;

/// <summary>How many units a configuration may hold of an item, and how many it starts with.</summary>
public sealed record QuantityBounds(int Min, int Max, int Default)
{
    public bool Allows(int quantity) => quantity >= Min && quantity <= Max;
}
