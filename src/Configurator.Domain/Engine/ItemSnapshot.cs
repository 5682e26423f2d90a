using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>
/// What a proposal line keeps of an offer item, in the proposal's currency, so that later catalogue
/// changes never change a configuration that was already built or issued.
/// </summary>
public sealed record ItemSnapshot(
    string Code,
    ItemKind Kind,
    string Name,
    string Unit,
    PricingModel Model,
    decimal ListPrice,
    decimal? UnitCost,
    Percentage MaxDiscountPercent,
    QuantityBounds Quantity,
    IReadOnlyList<CategoryStrength> Addresses,
    IReadOnlyList<string> Requires,
    IReadOnlyList<string> Excludes,
    IReadOnlyList<string> Differentiators,
    string ProposalText)
{
    /// <summary>The item's words in other languages as they were when the line was added (none for lines added before there were any).</summary>
    public IReadOnlyDictionary<string, ItemTexts> Translations { get; init; } = Catalogue.Translations.None<ItemTexts>();

    /// <summary>The item as it is in <paramref name="currency"/>, or null when it has no price there.</summary>
    public static ItemSnapshot? Of(OfferItemSpec spec, string currency) => spec.PriceIn(currency) is { } price
        ? new ItemSnapshot(spec.Code, spec.Kind, spec.Name, spec.Unit, spec.Model, price.ListPrice, price.UnitCost, spec.MaxDiscountPercent,
            spec.Quantity, spec.Addresses, spec.Requires, spec.Excludes, spec.Differentiators, spec.ProposalText)
        { Translations = spec.Translations }
        : null;

    /// <summary>The words a document in <paramref name="language"/> prints for this line, each missing field in the default language.</summary>
    public ItemTexts TextsFor(string language) =>
        ItemTexts.In(language, new ItemTexts(Name, "", ProposalText, Unit, Differentiators), Translations ?? Catalogue.Translations.None<ItemTexts>());

    /// <summary>The fields a document in <paramref name="language"/> would print in the default language for want of a translation.</summary>
    public IReadOnlyList<string> MissingTexts(string language) =>
        ItemTexts.Missing(language, new ItemTexts(Name, "", ProposalText, Unit, Differentiators), Translations ?? Catalogue.Translations.None<ItemTexts>());

    /// <summary>How strongly the item addresses a category: 0 when it does not.</summary>
    public int StrengthFor(string category)
    {
        var strength = 0;
        foreach (var address in Addresses)
        {
            if (address.Category == category && address.Strength > strength)
            {
                strength = address.Strength;
            }
        }
        return strength;
    }

    /// <summary>True for innovations and services: what sets a solution apart from a competitor's standard product.</summary>
    public bool Differentiates => Kind is ItemKind.Innovation or ItemKind.Service;
}
