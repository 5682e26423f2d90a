using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Proposals;

/// <summary>One line of an option: an item as it was when added, with quantity, discount and why it is there.</summary>
public sealed class ProposalLine
{
    private ProposalLine()
    {
    }

    public int Id { get; private set; }

    public int OptionId { get; private set; }

    public ItemSnapshot Item { get; private set; } = null!;

    /// <summary>The item's code, beside the snapshot so that reports count an item's use in the database.</summary>
    public string ItemCode { get; private set; } = "";

    /// <summary>The item's kind, beside the snapshot for the same reason.</summary>
    public ItemKind ItemKind { get; private set; }

    public int Quantity { get; private set; }

    public Percentage DiscountPercent { get; private set; }

    public string Reason { get; private set; } = "";

    public int Position { get; private set; }

    /// <summary>Why the line is there, in presales' words; printed under the item in the document when filled.</summary>
    public string Note { get; private set; } = "";

    internal static ProposalLine Create(ItemSnapshot item, int quantity, Percentage discountPercent, string reason, int position) => new()
    {
        Item = item,
        ItemCode = item.Code,
        ItemKind = item.Kind,
        Quantity = quantity,
        DiscountPercent = discountPercent,
        Reason = reason,
        Position = position,
    };

    internal void Change(int quantity, Percentage discountPercent)
    {
        Quantity = quantity;
        DiscountPercent = discountPercent;
    }

    internal void Annotate(string note) => Note = note;

    private List<LineImprovement> _improvements = [];

    /// <summary>Presales' estimates of what this line removes of a pain category's cost on this deal, each with its reason.</summary>
    public IReadOnlyList<LineImprovement> Improvements => _improvements;

    /// <summary>Sets (or, with no percent, takes back) the estimate for one category.</summary>
    internal void Estimate(string category, decimal? percent, string reason)
    {
        var kept = _improvements.Where(i => i.Category != category);
        _improvements = percent is { } p ? [.. kept, new LineImprovement(category, p, reason)] : [.. kept];
    }

    public ConfigurationLine ToConfigurationLine() => new(Id, Item, Quantity, DiscountPercent, Reason) { Note = Note, Improvements = _improvements };
}
