namespace Configurator.Domain.Catalogue;

/// <summary>
/// The catalogue import/export format of the API contract, exactly as a caller sent it: every value
/// may be missing or wrong. <see cref="CatalogueValidation"/> turns it into specs or into issues.
/// </summary>
public sealed record CatalogueFile(IReadOnlyList<CatalogueFileCategory?>? Categories, IReadOnlyList<CatalogueFileItem?>? Items);

public sealed record CatalogueFileCategory(string? Code, string? Name, string? Description)
{
    /// <summary>Name and description by language code, e.g. "zh-CN"; left out, an existing category keeps its translations.</summary>
    public IReadOnlyDictionary<string, CatalogueFileCategoryTexts?>? Translations { get; init; }
}

public sealed record CatalogueFileItem(
    string? Code,
    string? Kind,
    string? Name,
    string? Summary,
    string? ProposalText,
    string? Status,
    CatalogueFilePricing? Pricing,
    CatalogueFileQuantity? Quantity,
    IReadOnlyList<CatalogueFileAddress?>? Addresses,
    IReadOnlyList<string?>? Requires,
    IReadOnlyList<string?>? Excludes,
    IReadOnlyList<string?>? Differentiators)
{
    /// <summary>The item's words by language code, e.g. "zh-CN"; every field optional, a missing one falls back to the item's own.</summary>
    public IReadOnlyDictionary<string, CatalogueFileItemTexts?>? Translations { get; init; }
}

public sealed record CatalogueFilePricing(string? Model, string? Unit, decimal? MaxDiscountPercent, IReadOnlyList<CatalogueFilePrice?>? Prices);

public sealed record CatalogueFilePrice(string? Currency, decimal? ListPrice, decimal? UnitCost);

public sealed record CatalogueFileQuantity(int? Min, int? Max, int? Default);

public sealed record CatalogueFileAddress(string? Category, int? Strength)
{
    /// <summary>The share of such a pain's cost the item removes, 0–100; left out, the default for the strength applies.</summary>
    public decimal? ImprovementPercent { get; init; }
}
