using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// The item editor's form, as posted. It holds raw values: the domain's validator decides what is
/// valid, and its issues come back next to these fields.
/// </summary>
public sealed class ItemForm
{
    public const int BlankPriceRows = 2;

    public string? Code { get; set; }

    public string? Kind { get; set; } = "standard";

    public string? Name { get; set; }

    public string? Summary { get; set; }

    public string? ProposalText { get; set; }

    public string? Status { get; set; } = "draft";

    public string? Model { get; set; } = "monthly";

    public string? Unit { get; set; }

    public decimal? MaxDiscountPercent { get; set; } = 10;

    public int? MinQuantity { get; set; } = 1;

    public int? MaxQuantity { get; set; } = 100;

    public int? DefaultQuantity { get; set; } = 1;

    public List<PriceRow> Prices { get; set; } = [];

    /// <summary>Strength (1–3) per pain category code; 0 or missing means "does not address".</summary>
    public Dictionary<string, int> Strengths { get; set; } = [];

    /// <summary>The share of a category's pain cost the item removes, per category code; empty means the default for its strength.</summary>
    public Dictionary<string, decimal?> Improvements { get; set; } = [];

    public List<string> Requires { get; set; } = [];

    public List<string> Excludes { get; set; } = [];

    /// <summary>Codes typed into the requires search and not picked (without JavaScript, the way to add them).</summary>
    public string? RequiresAdd { get; set; }

    /// <summary>Codes typed into the excludes search and not picked.</summary>
    public string? ExcludesAdd { get; set; }

    /// <summary>One differentiator per line.</summary>
    public string? Differentiators { get; set; }

    /// <summary>The item's words per translation language, posted as Translations[zh-CN].Name; an empty field falls back to the default language.</summary>
    public Dictionary<string, TextsForm> Translations { get; set; } = [];

    public int Version { get; set; }

    public sealed class TextsForm
    {
        public string? Name { get; set; }

        public string? Summary { get; set; }

        public string? ProposalText { get; set; }

        public string? Unit { get; set; }

        /// <summary>One differentiator per line.</summary>
        public string? Differentiators { get; set; }
    }

    public sealed class PriceRow
    {
        public string? Currency { get; set; }

        public decimal? ListPrice { get; set; }

        public decimal? UnitCost { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Currency) && ListPrice is null && UnitCost is null;
    }

    public static ItemForm From(OfferItemSpec spec, int version) => new()
    {
        Code = spec.Code,
        Kind = CatalogueTerms.Code(spec.Kind),
        Name = spec.Name,
        Summary = spec.Summary,
        ProposalText = spec.ProposalText,
        Status = CatalogueTerms.Code(spec.Status),
        Model = CatalogueTerms.Code(spec.Model),
        Unit = spec.Unit,
        MaxDiscountPercent = spec.MaxDiscountPercent,
        MinQuantity = spec.Quantity.Min,
        MaxQuantity = spec.Quantity.Max,
        DefaultQuantity = spec.Quantity.Default,
        Prices = spec.Prices.Select(p => new PriceRow { Currency = p.Currency, ListPrice = p.ListPrice, UnitCost = p.UnitCost }).ToList(),
        Strengths = spec.Addresses.ToDictionary(a => a.Category, a => a.Strength),
        Improvements = spec.Addresses.Where(a => a.ImprovementPercent is not null).ToDictionary(a => a.Category, a => a.ImprovementPercent),
        Requires = spec.Requires.ToList(),
        Excludes = spec.Excludes.ToList(),
        Differentiators = string.Join("\n", spec.Differentiators),
        Translations = spec.Translations.ToDictionary(t => t.Key, t => new TextsForm
        {
            Name = t.Value.Name,
            Summary = t.Value.Summary,
            ProposalText = t.Value.ProposalText,
            Unit = t.Value.Unit,
            Differentiators = string.Join("\n", t.Value.Differentiators),
        }),
        Version = version,
    };

    /// <summary>The words posted for <paramref name="language"/> (empty when none were).</summary>
    public TextsForm TextsIn(string language) => Translations.GetValueOrDefault(language) ?? new TextsForm();

    /// <summary>Blank price rows for adding currencies in the page.</summary>
    public ItemForm WithBlankRows()
    {
        Prices = Prices.Where(p => !p.IsBlank).Concat(Enumerable.Range(0, BlankPriceRows).Select(_ => new PriceRow())).ToList();
        return this;
    }

    /// <summary>Moves codes typed into the rule searches to the chosen ones, so a refused save shows them as chosen.</summary>
    public ItemForm WithTypedRules()
    {
        Requires = Requires.Concat(Codes(RequiresAdd)).Distinct(StringComparer.Ordinal).ToList();
        Excludes = Excludes.Concat(Codes(ExcludesAdd)).Distinct(StringComparer.Ordinal).ToList();
        RequiresAdd = ExcludesAdd = null;
        return this;
    }

    private static string[] Codes(string? typed) =>
        (typed ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The form in the catalogue format, and for each price in it the row it came from.</summary>
    public (CatalogueFileItem Item, IReadOnlyList<int> PriceRows) ToFileItem()
    {
        var rows = Prices.Select((row, index) => (row, index)).Where(p => !p.row.IsBlank).ToList();
        var item = new CatalogueFileItem(
            Code, Kind, Name, Summary, ProposalText ?? "", Status,
            new CatalogueFilePricing(Model, Unit, MaxDiscountPercent,
                rows.Select(p => (CatalogueFilePrice?)new CatalogueFilePrice(p.row.Currency, p.row.ListPrice, p.row.UnitCost)).ToList()),
            new CatalogueFileQuantity(MinQuantity, MaxQuantity, DefaultQuantity),
            Strengths.Where(s => s.Value > 0).OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => (CatalogueFileAddress?)new CatalogueFileAddress(s.Key, s.Value) { ImprovementPercent = Improvements.GetValueOrDefault(s.Key) }).ToList(),
            Requires.Select(r => (string?)r).ToList(),
            Excludes.Select(e => (string?)e).ToList(),
            Lines(Differentiators))
        {
            Translations = Translations.ToDictionary(t => t.Key, t => (CatalogueFileItemTexts?)new CatalogueFileItemTexts(
                t.Value.Name, t.Value.Summary, t.Value.ProposalText ?? "", t.Value.Unit, Lines(t.Value.Differentiators))),
        };
        return (item, rows.Select(r => r.index).ToList());
    }

    private static List<string?> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => (string?)d).ToList();

    /// <summary>The form field a validation path of the catalogue format belongs to.</summary>
    public static string FieldFor(string path, IReadOnlyList<int> priceRows)
    {
        var local = path.StartsWith("items[0].", StringComparison.Ordinal) ? path["items[0].".Length..] : path;
        var match = System.Text.RegularExpressions.Regex.Match(local, @"^pricing\.prices\[(\d+)\]\.?(\w*)");
        if (match.Success)
        {
            var row = priceRows[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
            var field = match.Groups[2].Value is { Length: > 0 } f ? char.ToUpperInvariant(f[0]) + f[1..] : "Currency";
            return $"Prices[{row}].{field}";
        }
        var translated = System.Text.RegularExpressions.Regex.Match(local, @"^translations\.([^.]+)\.?(\w*)");
        if (translated.Success)
        {
            var field = translated.Groups[2].Value is { Length: > 0 } f ? char.ToUpperInvariant(f[0]) + f[1..] : "";
            return field.Length > 0 ? $"Translations[{translated.Groups[1].Value}].{field}" : nameof(Translations);
        }
        var head = local.Split('.', '[')[0];
        return head switch
        {
            "pricing" => local switch
            {
                "pricing.model" => nameof(Model),
                "pricing.unit" => nameof(Unit),
                "pricing.maxDiscountPercent" => nameof(MaxDiscountPercent),
                _ => nameof(Prices),
            },
            "quantity" => local switch
            {
                "quantity.min" => nameof(MinQuantity),
                "quantity.max" => nameof(MaxQuantity),
                _ => nameof(DefaultQuantity),
            },
            "addresses" => nameof(Strengths),
            "proposalText" => nameof(ProposalText),
            "" => string.Empty,
            _ => char.ToUpperInvariant(head[0]) + head[1..],
        };
    }
}
