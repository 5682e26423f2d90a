namespace Configurator.Domain.Catalogue;

/// <summary>What adding an item brings in with it (the item first among its requirements, in code order), and the clash that forbids it, if any.</summary>
public sealed record Addition(string Code, IReadOnlyList<string> BringsIn, RuleClash? Clash)
{
    public bool Allowed => Clash is null;
}
