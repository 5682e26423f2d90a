namespace Configurator.Domain.Catalogue;

public enum RuleClashKind
{
    /// <summary>The item, or something it requires, requires an item the catalogue does not have.</summary>
    RequiresUnknown,

    /// <summary>Something the item requires cannot be proposed (not active, or not priced in the currency).</summary>
    RequiresUnavailable,

    /// <summary>The item, or something it requires, is excluded by an item already in play.</summary>
    ExcludedByItemInPlay,

    /// <summary>The item, or something it requires, excludes an item already in play.</summary>
    ExcludesItemInPlay,

    /// <summary>Two of the items the addition needs exclude each other.</summary>
    ExcludesWhatItNeeds,
}

/// <summary>Why an item cannot join: which rule, for which member of what it brings in, against which other item.</summary>
public sealed record RuleClash(RuleClashKind Kind, string Code, string Member, string Other, string Why = "")
{
    /// <summary>The clash in one sentence (no final stop), naming the codes involved.</summary>
    public string Message => Kind switch
    {
        RuleClashKind.RequiresUnknown => $"{Member} requires {Other}, which is not in the catalogue",
        RuleClashKind.RequiresUnavailable => $"{Code} requires {Member}, which {Why}",
        RuleClashKind.ExcludedByItemInPlay when Member == Code => $"{Code} is excluded by {Other}, already in the solution",
        RuleClashKind.ExcludedByItemInPlay => $"{Code} requires {Member}, which {Other} excludes",
        RuleClashKind.ExcludesItemInPlay when Member == Code => $"{Code} excludes {Other}, already in the solution",
        RuleClashKind.ExcludesItemInPlay => $"{Code} requires {Member}, which excludes {Other}, already in the solution",
        _ => $"{Member} excludes {Other}, which {Code} also needs",
    };

    /// <summary>The item in play that the clash is with, when there is one: what to remove to make room.</summary>
    public string? InPlay => Kind is RuleClashKind.ExcludedByItemInPlay or RuleClashKind.ExcludesItemInPlay ? Other : null;
}
