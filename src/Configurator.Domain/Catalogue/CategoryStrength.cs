namespace Configurator.Domain.Catalogue;

/// <summary>A pain category an item addresses, and how well: 1 weak, 2 medium, 3 strong.</summary>
public sealed record CategoryStrength(string Category, int Strength)
{
    public const int Weak = 1;
    public const int Strong = 3;
}
