using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>
/// The catalogue as the recommender reads it for one currency: the eligible items (rule 1: active and
/// priced in the currency) as snapshots in code order, and for each pain category the items that
/// address it. Built once per catalogue revision and currency, then shared by every recommendation.
/// </summary>
public sealed class EngineCatalogue
{
    private readonly Dictionary<string, (int Item, int Strength)[]> _byCategory;

    public EngineCatalogue(IEnumerable<OfferItemSpec> catalogue, CurrencyCode currency)
    {
        Currency = currency;
        var all = new Dictionary<string, OfferItemSpec>(StringComparer.Ordinal);
        foreach (var spec in catalogue)
        {
            all.TryAdd(spec.Code, spec);
        }
        All = all;
        var eligible = new List<ItemSnapshot>();
        foreach (var spec in all.Values.Where(s => s.Status == ItemStatus.Active).OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            if (ItemSnapshot.Of(spec, currency) is { } snapshot)
            {
                eligible.Add(snapshot);
            }
        }
        Eligible = eligible;
        Index = new Dictionary<string, int>(eligible.Count, StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var i = 0; i < eligible.Count; i++)
        {
            Index[eligible[i].Code] = i;
            foreach (var address in eligible[i].Addresses)
            {
                if (!byCategory.TryGetValue(address.Category, out var postings))
                {
                    byCategory[address.Category] = postings = [];
                }
                postings.Add((i, address.Strength));
            }
        }
        _byCategory = byCategory.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        // Read for every item on every recommendation: flat arrays keep that off the snapshots.
        Kinds = [.. eligible.Select(e => e.Kind)];
        var byPrice = Enumerable.Range(0, eligible.Count).OrderBy(i => eligible[i].ListPrice).ThenBy(i => i).ToArray();
        PriceRank = new int[eligible.Count];
        for (var rank = 0; rank < byPrice.Length; rank++)
        {
            PriceRank[byPrice[rank]] = rank;
        }
    }

    public CurrencyCode Currency { get; }

    /// <summary>Every item by code, eligible or not: requires and excludes may name any of them.</summary>
    public IReadOnlyDictionary<string, OfferItemSpec> All { get; }

    /// <summary>Active items priced in <see cref="Currency"/>, in code order.</summary>
    public IReadOnlyList<ItemSnapshot> Eligible { get; }

    public Dictionary<string, int> Index { get; }

    /// <summary>Each eligible item's kind, by index.</summary>
    internal ItemKind[] Kinds { get; }

    /// <summary>
    /// Each eligible item's place in list-price order, ties on index: one comparison of ranks is the
    /// recommender's tie-break "lower price, then code".
    /// </summary>
    internal int[] PriceRank { get; }

    /// <summary>The eligible items that address a category, with their strength (1–3).</summary>
    public IReadOnlyList<(int Item, int Strength)> Addressing(string category) => Postings(category);

    /// <summary>As <see cref="Addressing"/>, in item order, as the array itself: the recommender reads it in its inner loops.</summary>
    internal (int Item, int Strength)[] Postings(string category) =>
        _byCategory.TryGetValue(category, out var postings) ? postings : [];
}
