namespace Configurator.Domain.Catalogue;

/// <summary>One change to an offer item: who, when, how (created, edited, imported, merged) and which fields.</summary>
public sealed class ItemHistoryEntry
{
    private ItemHistoryEntry()
    {
    }

    public long Id { get; private set; }

    public OfferItem Item { get; private set; } = null!;

    public int OfferItemId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user's id, or empty for the system (e.g. the demo seed).</summary>
    public string ActorId { get; private set; } = "";

    public string Action { get; private set; } = "";

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public static ItemHistoryEntry Record(OfferItem item, DateTimeOffset at, string actorId, string action, IReadOnlyList<FieldChange> changes) =>
        new() { Item = item, At = at, ActorId = actorId, Action = action, Changes = changes.ToList() };
}
