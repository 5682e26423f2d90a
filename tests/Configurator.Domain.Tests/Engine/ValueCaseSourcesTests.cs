using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Engine;

/// <summary>Where each figure of the value case comes from and how far it can be leaned on; worked out by hand.</summary>
public sealed class ValueCaseSourcesTests
{
    // Strong 60% by default; the SVC item's own figure for TRAIN is 80%. Monthly 1,000 over 12 months.
    private static readonly OfferItemSpec _standard = Item("STD", model: PricingModel.Monthly, price: 1000m, addresses: "SLOW:3");
    private static readonly OfferItemSpec _service = Item("SVC", kind: ItemKind.Service, model: PricingModel.Monthly, price: 1000m, addresses: "TRAIN:3@80");
    private static readonly ConfirmedBaseline _dana = new(120_000m, 4, "Dana Smith", "CFO", new DateOnly(2026, 12, 3));

    private static ValueCase ValueOf(IReadOnlyList<ClientPain> pains, params ConfigurationLine[] lines) =>
        Evaluator.Evaluate(Config(12, lines), pains, Items(_standard, _service)).Value;

    [Fact]
    public void ValueCaseOf_UsesTheClientsConfirmedCostAndRatesItHigh()
    {
        // The rep estimated 100,000; the client confirmed 120,000: strong 60% of 120,000 = 72,000 expected, 36,000 conservative.
        var confirmed = Pain(1, "SLOW", impact: 120_000m) with { Baseline = _dana };

        var value = ValueOf([confirmed], Line(_standard, id: 1));

        Assert.Equal(72_000m, value.AnnualValue.Amount);
        Assert.Equal(0.3m * 120_000m, value.Conservative.AnnualValue.Amount);
        Assert.Equal(PainCostSource.ConfirmedByClient, value.Pains[0].Pain.CostSource);
        Assert.Equal(AssumptionConfidence.High, value.Pains[0].CostConfidence);
        // The share is still the catalogue's default for the strength: the row is only as firm as that.
        Assert.Equal(AssumptionConfidence.Low, value.Pains[0].Confidence);
    }

    [Fact]
    public void ValueCaseOf_RatesAnEstimatedCostMediumAndAReasonedShareMedium()
    {
        var value = ValueOf([Pain(1, "SLOW", impact: 100_000m), Pain(2, "TRAIN", impact: 10_000m)], Line(_standard, id: 1), Line(_service, id: 2));

        Assert.Equal(AssumptionConfidence.Medium, value.Pains[0].CostConfidence);
        Assert.Equal(AssumptionConfidence.Low, value.Pains[0].Confidence);
        // TRAIN: the item's own 80% (catalogue, medium) on an estimated cost (medium).
        Assert.Equal(AssumptionConfidence.Medium, value.Pains[1].Confidence);
        Assert.Equal(8_000m, value.Pains[1].AnnualValue!.Amount);
    }

    [Fact]
    public void ValueCaseLosesOnConservativeCase_WhenConservativeValueOverTheTermIsBelowThePrice()
    {
        // 12 months at 1,000 = 12,000. Pain 10,000 × 60% = 6,000 expected; conservative 3,000 a year, half of it in year 1 = 1,500: ROI −0.875.
        var losing = ValueOf([Pain(1, "SLOW", impact: 10_000m)], Line(_standard, id: 1));
        // Pain 100,000: conservative 30,000 a year, 15,000 in year 1 against 12,000: ROI 0.25.
        var winning = ValueOf([Pain(1, "SLOW", impact: 100_000m)], Line(_standard, id: 1));

        Assert.Equal(-0.875m, losing.Conservative.Roi);
        Assert.True(losing.LosesOnConservativeCase);
        Assert.Equal(0.25m, winning.Conservative.Roi);
        Assert.False(winning.LosesOnConservativeCase);
    }
}
