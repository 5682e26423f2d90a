using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

public sealed record ItemViewModel(
    OfferItemSpec Item,
    int Version,
    IReadOnlyDictionary<string, string> CategoryNames,
    IReadOnlyDictionary<string, string> ItemNames,
    IReadOnlyList<string> RequiredThroughChain,
    IReadOnlyList<string> RequiredBy,
    IReadOnlyList<string> ExcludedBy,
    string? PreviewText,
    IReadOnlyList<TextSyntaxError> PreviewErrors,
    IReadOnlyList<ItemHistoryEntry> History,
    IReadOnlyList<string> MissingPrices,
    bool CanEdit,
    bool CanSeeCosts,
    string? Message)
{
    /// <summary>The translation languages the item lacks some words in (none for a retired item).</summary>
    public IReadOnlyList<string> Untranslated => CatalogueListRow.UntranslatedIn(Item);

    /// <summary>Display names of the people in the history, by user id.</summary>
    public IReadOnlyDictionary<string, string> People { get; init; } = new Dictionary<string, string>();
}
