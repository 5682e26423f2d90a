namespace Configurator.Domain.Catalogue;

/// <summary>
/// An item of the offer catalogue. It changes only through <see cref="Update"/>, which takes a
/// validated spec and says what changed, so every change can be kept in the item's history.
/// </summary>
public sealed class OfferItem
{
    private List<ItemPrice> _prices = [];
    private List<CategoryStrength> _addresses = [];
    private List<string> _requires = [];
    private List<string> _excludes = [];
    private List<string> _differentiators = [];

    private OfferItem()
    {
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public ItemKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string ProposalText { get; private set; } = "";

    public ItemStatus Status { get; private set; }

    public PricingModel Model { get; private set; }

    public string Unit { get; private set; } = "";

    public Percentage MaxDiscountPercent { get; private set; }

    public int MinQuantity { get; private set; }

    public int MaxQuantity { get; private set; }

    public int DefaultQuantity { get; private set; }

    /// <summary>Grows with every change; a save that names an older version is refused.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ItemPrice> Prices => _prices;

    public IReadOnlyList<CategoryStrength> Addresses => _addresses;

    public IReadOnlyList<string> Requires => _requires;

    public IReadOnlyList<string> Excludes => _excludes;

    public IReadOnlyList<string> Differentiators => _differentiators;

    /// <summary>The item's words in other languages, by language code.</summary>
    public IReadOnlyDictionary<string, ItemTexts> Translations { get; private set; } = Catalogue.Translations.None<ItemTexts>();

    /// <summary>Only active items may be added to new configurations.</summary>
    public bool IsSelectable => Status == ItemStatus.Active;

    public static OfferItem Create(OfferItemSpec spec)
    {
        var item = new OfferItem { Code = spec.Code, Version = 1 };
        item.Apply(spec);
        return item;
    }

    /// <summary>Applies a validated spec with the same code; returns what changed (nothing when equal).</summary>
    public IReadOnlyList<FieldChange> Update(OfferItemSpec spec)
    {
        if (spec.Code != Code)
        {
            throw new ArgumentException($"The spec is for {spec.Code}, not {Code}.", nameof(spec));
        }
        var changes = spec.DifferencesFrom(ToSpec());
        if (changes.Count > 0)
        {
            Apply(spec);
            Version++;
        }
        return changes;
    }

    public OfferItemSpec ToSpec() => new(
        Code, Kind, Name, Summary, ProposalText, Status, Model, Unit, MaxDiscountPercent,
        _prices.ToList(), new QuantityBounds(MinQuantity, MaxQuantity, DefaultQuantity),
        _addresses.ToList(), _requires.ToList(), _excludes.ToList(), _differentiators.ToList())
    { Translations = Translations };

    /// <summary>Points the item at another category after a merge; returns whether it changed.</summary>
    public bool MoveCategory(string from, string to)
    {
        var old = _addresses.FirstOrDefault(a => a.Category == from);
        if (old is null)
        {
            return false;
        }
        var existing = _addresses.FirstOrDefault(a => a.Category == to);
        _addresses = _addresses.Where(a => a.Category != from && a.Category != to)
            .Append(new CategoryStrength(to, Math.Max(old.Strength, existing?.Strength ?? 0)))
            .ToList();
        Version++;
        return true;
    }

    private void Apply(OfferItemSpec spec)
    {
        Kind = spec.Kind;
        Name = spec.Name;
        Summary = spec.Summary;
        ProposalText = spec.ProposalText;
        Status = spec.Status;
        Model = spec.Model;
        Unit = spec.Unit;
        MaxDiscountPercent = spec.MaxDiscountPercent;
        MinQuantity = spec.Quantity.Min;
        MaxQuantity = spec.Quantity.Max;
        DefaultQuantity = spec.Quantity.Default;
        _prices = spec.Prices.ToList();
        _addresses = spec.Addresses.ToList();
        _requires = spec.Requires.ToList();
        _excludes = spec.Excludes.ToList();
        _differentiators = spec.Differentiators.ToList();
        Translations = Catalogue.Translations.Compact(spec.Translations);
    }
}
