using Configurator.Domain.Discovery;

namespace Configurator.Domain.Catalogue;

/// <summary>
/// Where the catalogue cannot be quoted: the currencies open opportunities are in, and for an active item
/// those of them it has no price in (a proposal in that currency could not offer it).
/// </summary>
public static class PriceGaps
{
    /// <summary>The currencies in use: those of the opportunities that are still open.</summary>
    public static IReadOnlyList<string> CurrenciesInUse(IEnumerable<(string Currency, OpportunityStage Stage)> opportunities) =>
        opportunities.Where(o => !Playbook.IsClosed(o.Stage)).Select(o => o.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The currencies in use that an active item has no price in; none for a draft or retired item.</summary>
    public static IReadOnlyList<string> MissingCurrencies(OfferItemSpec item, IReadOnlyCollection<string> currenciesInUse) =>
        item.Status != ItemStatus.Active ? [] : currenciesInUse.Where(c => item.PriceIn(c) is null).Order(StringComparer.Ordinal).ToList();
}
