using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class PriceGapsTests
{
    private static OfferItemSpec Item(ItemStatus status, params string[] currencies) => new(
        "STD-X", ItemKind.Standard, "X", "", "", status, PricingModel.Monthly, "user", Percentage.From(10),
        currencies.Select(c => new ItemPrice(c, 100, null)).ToList(), new QuantityBounds(1, 10, 1), [], [], [], []);

    [Fact]
    public void CurrenciesInUseAreThoseOfOpenOpportunitiesOnly()
    {
        var inUse = PriceGaps.CurrenciesInUse([
            ("EUR", OpportunityStage.Discovery), ("CNY", OpportunityStage.Negotiation), ("EUR", OpportunityStage.Proposal),
            ("USD", OpportunityStage.Won), ("GBP", OpportunityStage.Lost),
        ]);

        Assert.Equal(["CNY", "EUR"], inUse);
    }

    [Fact]
    public void AnActiveItemMissesTheCurrenciesInUseItHasNoPriceIn()
    {
        Assert.Equal(["CNY", "USD"], PriceGaps.MissingCurrencies(Item(ItemStatus.Active, "EUR"), ["USD", "EUR", "CNY"]));
        Assert.Empty(PriceGaps.MissingCurrencies(Item(ItemStatus.Active, "EUR", "CNY"), ["EUR", "CNY"]));
    }

    [Fact]
    public void DraftAndRetiredItemsMissNothing()
    {
        Assert.Empty(PriceGaps.MissingCurrencies(Item(ItemStatus.Draft), ["EUR"]));
        Assert.Empty(PriceGaps.MissingCurrencies(Item(ItemStatus.Retired, "EUR"), ["CNY"]));
    }
}
