using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Engine;

/// <summary>Each definition of the contract's Arithmetic section, table by table.</summary>
public sealed class ArithmeticTests
{
    [Theory]
    [InlineData("EUR", "10.005", "0", "10.01")]
    [InlineData("EUR", "10.004", "0", "10.00")]
    [InlineData("EUR", "0.25", "50", "0.13")]
    [InlineData("EUR", "120.00", "5", "114.00")]
    [InlineData("EUR", "99.99", "33.333", "66.66")]
    [InlineData("EUR", "100", "100", "0")]
    [InlineData("JPY", "1234.5", "0", "1235")]
    [InlineData("JPY", "999", "5", "949")]
    [InlineData("JPY", "10", "25", "8")]
    [InlineData("KRW", "15500", "10", "13950")]
    [InlineData("KWD", "1.0005", "0", "1.001")]
    public void NetUnitPriceRoundsToTheMinorUnitMidpointAwayFromZero(string currency, string list, string discount, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Pricing.NetUnitPrice(decimal.Parse(list, System.Globalization.CultureInfo.InvariantCulture),
                Percentage.From(decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture)), CurrencyCode.From(currency)).Amount);
    }

    [Fact]
    public void AConfigurationIsPricedInItsOwnCurrencysMinorUnits()
    {
        var yen = CurrencyCode.From("JPY");
        var dinar = CurrencyCode.From("KWD");
        var inYen = Item("YEN", model: PricingModel.OneTime, price: 999m, currency: "JPY");
        var inDinars = Item("KWD", model: PricingModel.OneTime, price: 1.0005m, currency: "KWD");

        var yenTotals = Evaluator.Evaluate(new Configuration(yen, 12, [Line(inYen, 3, 5m, currency: "JPY")]), [], Items(inYen)).Totals;
        var dinarTotals = Evaluator.Evaluate(new Configuration(dinar, 12, [Line(inDinars, 2, currency: "KWD")]), [], Items(inDinars)).Totals;

        Assert.Equal(Money.Of(949m * 3, yen), yenTotals.OneTime);
        Assert.Equal(yen, yenTotals.ContractValue.Currency);
        Assert.Equal(Money.Of(1.001m * 2, dinar), dinarTotals.ContractValue);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 1)]
    [InlineData(13, 2)]
    [InlineData(24, 2)]
    [InlineData(36, 3)]
    [InlineData(0, 0)]
    public void AnnualLinesArePaidForEveryStartedYear(int termMonths, int years)
    {
        var annual = Item("ANNUAL", model: PricingModel.Annual, price: 1000m);
        var evaluation = Evaluator.Evaluate(Config(termMonths, Line(annual, quantity: 2)), [], Items(annual));

        Assert.Equal(2000m, evaluation.Totals.Annual.Amount);
        Assert.Equal(2000m * years, evaluation.Totals.ContractValue.Amount);
        Assert.Equal(2000m * years, evaluation.Totals.ListContractValue.Amount);
    }

    [Fact]
    public void ContractValueAddsOneTimeMonthlyTimesTermAndAnnualTimesYears()
    {
        var setup = Item("SETUP", model: PricingModel.OneTime, price: 5000m);
        var monthly = Item("MONTHLY", model: PricingModel.Monthly, price: 120m);
        var annual = Item("ANNUAL", model: PricingModel.Annual, price: 999.99m);
        var config = Config(13, Line(setup, 1, 10m, 1), Line(monthly, 10, 5m, 2), Line(annual, 3, 0m, 3));

        var evaluation = Evaluator.Evaluate(config, [], Items(setup, monthly, annual));
        var totals = evaluation.Totals;

        Assert.Equal(4500m, totals.OneTime.Amount);
        Assert.Equal(1140m, totals.Monthly.Amount);
        Assert.Equal(2999.97m, totals.Annual.Amount);
        Assert.Equal(4500m + (1140m * 13) + (2999.97m * 2), totals.ContractValue.Amount);
        Assert.Equal(5000m + (1200m * 13) + (2999.97m * 2), totals.ListContractValue.Amount);
        Assert.Equal((totals.ListContractValue.Amount - totals.ContractValue.Amount) / totals.ListContractValue.Amount * 100m, totals.DiscountPercent);
        Assert.Equal(totals.ContractValue.Amount, evaluation.Lines.Sum(l => l.ContractValue.Amount));
        Assert.Equal([4500m, 114m, 999.99m], evaluation.Lines.Select(l => l.NetUnitPrice.Amount));
        Assert.Equal([4500m, 1140m, 2999.97m], evaluation.Lines.Select(l => l.NetTotal.Amount));
    }

    [Fact]
    public void AHundredPercentDiscountMakesTheLineFreeAndTheTotalsDiscountAHundred()
    {
        var monthly = Item("MONTHLY", price: 50m, maxDiscount: 100m);
        var evaluation = Evaluator.Evaluate(Config(12, Line(monthly, 4, 100m)), [], Items(monthly));

        Assert.Equal(0m, evaluation.Lines[0].NetTotal.Amount);
        Assert.Equal(0m, evaluation.Totals.ContractValue.Amount);
        Assert.Equal(2400m, evaluation.Totals.ListContractValue.Amount);
        Assert.Equal(100m, evaluation.Totals.DiscountPercent);
    }

    [Fact]
    public void TheTotalsDiscountIsZeroWhenTheListValueIsZero()
    {
        var free = Item("FREE", price: 0m);
        var evaluation = Evaluator.Evaluate(Config(12, Line(free, 3)), [], Items(free));

        Assert.Equal(0m, evaluation.Totals.DiscountPercent);
        Assert.Equal(0m, evaluation.Differentiation.Share);
    }

    [Fact]
    public void MarginCountsOnlyLinesWithAKnownUnitCost()
    {
        var costed = Item("COSTED", model: PricingModel.Monthly, price: 100m, cost: 40m);
        var uncosted = Item("UNCOSTED", model: PricingModel.OneTime, price: 500m);
        var evaluation = Evaluator.Evaluate(Config(12, Line(costed, 2, 10m, 1), Line(uncosted, 1, 0m, 2)), [], Items(costed, uncosted));

        var margin = evaluation.Margin!;
        Assert.Equal(90m * 2 * 12, margin.Revenue.Amount);
        Assert.Equal(40m * 2 * 12, margin.Cost.Amount);
        Assert.Equal(margin.Revenue - margin.Cost, margin.Amount);
        Assert.Equal(1, margin.LinesWithoutCost);
        Assert.Null(Evaluator.Evaluate(Config(12, Line(uncosted, 1, 0m, 2)), [], Items(uncosted)).Margin);
    }

    [Theory]
    [InlineData(3, CoverageStatus.Covered)]
    [InlineData(2, CoverageStatus.Covered)]
    [InlineData(1, CoverageStatus.Weak)]
    public void CoverageIsTheStrongestAnsweringLine(int strength, CoverageStatus status)
    {
        var strong = Item("A", addresses: $"SLOW:{strength}");
        var weak = Item("B", addresses: "SLOW:1 OTHER:3");
        var evaluation = Evaluator.Evaluate(Config(12, Line(strong, id: 1), Line(weak, id: 2)), [Pain(7, "SLOW"), Pain(8, "NOBODY")], Items(strong, weak));

        Assert.Equal(strength, evaluation.Coverage[0].Strength);
        Assert.Equal(status, evaluation.Coverage[0].Status);
        Assert.Equal([1, 2], evaluation.Coverage[0].LineIds);
        Assert.Equal(CoverageStatus.Uncovered, evaluation.Coverage[1].Status);
        Assert.Empty(evaluation.Coverage[1].LineIds);
        Assert.Equal([7], evaluation.Answers[0].PainPointIds);
    }

    [Theory]
    [InlineData(100, 0, 0, "0.0", DifferentiationRisk.High)]
    [InlineData(86, 14, 0, "0.14", DifferentiationRisk.High)]
    [InlineData(80, 20, 0, "0.2", DifferentiationRisk.Medium)]
    [InlineData(70, 30, 0, "0.3", DifferentiationRisk.Low)]
    [InlineData(80, 20, 11, "0.2", DifferentiationRisk.High)]
    [InlineData(70, 30, 11, "0.3", DifferentiationRisk.Low)]
    public void DifferentiationShareAndRiskFollowTheThresholds(int standardPrice, int innovationPrice, int discount, string share, DifferentiationRisk risk)
    {
        var standard = Item("STD", price: standardPrice, maxDiscount: 100m);
        var innovation = Item("INN", kind: ItemKind.Innovation, price: innovationPrice, maxDiscount: 100m);
        var lines = innovationPrice == 0 ? new[] { Line(standard, 1, discount, 1) } : [Line(standard, 1, discount, 1), Line(innovation, 1, discount, 2)];

        var evaluation = Evaluator.Evaluate(Config(12, lines), [], Items(standard, innovation));

        Assert.Equal(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), Math.Round(evaluation.Differentiation.Share, 2));
        Assert.Equal(risk, evaluation.Differentiation.Risk);
    }

    [Fact]
    public void PainAnsweredByNoStandardLineButByAnInnovationOrServiceIsListed()
    {
        var standard = Item("STD", addresses: "SLOW:3");
        var innovation = Item("INN", kind: ItemKind.Innovation, addresses: "SLOW:1 STOCK:2");
        var service = Item("SVC", kind: ItemKind.Service, addresses: "TRAIN:1");
        var pains = new[] { Pain(1, "SLOW"), Pain(2, "STOCK"), Pain(3, "TRAIN"), Pain(4, "NONE") };

        var evaluation = Evaluator.Evaluate(Config(12, Line(standard, id: 1), Line(innovation, id: 2), Line(service, id: 3)), pains, Items(standard, innovation, service));

        Assert.Equal([2, 3], evaluation.Differentiation.AnsweredOnlyByDifferentiators);
    }

    [Fact]
    public void PainCostAnsweredCountsCoveredPainInFullAndWeakPainAtHalf()
    {
        var setup = Item("SETUP", model: PricingModel.OneTime, price: 12000m, addresses: "SLOW:3 STOCK:1");
        var monthly = Item("RUN", model: PricingModel.Monthly, price: 1000m);
        var annual = Item("SUPPORT", model: PricingModel.Annual, price: 6000m);
        var pains = new[] { Pain(1, "SLOW", impact: 100000m), Pain(2, "STOCK", impact: 50000.01m), Pain(3, "NONE", impact: 999999m), Pain(4, "SLOW") };

        var value = Evaluator.Evaluate(Config(36, Line(setup, id: 1), Line(monthly, id: 2), Line(annual, id: 3)), pains, Items(setup, monthly, annual)).Value;

        Assert.Equal(125000.01m, value.AnnualPainCostAnswered.Amount);
        // Payback is on the value: 0.60 × 100,000 + 0.15 × 50,000.01 = 67,500.00 a year.
        Assert.Equal(Math.Round((12000m + (1000m * 12) + 6000m) / (67500m / 12m), 2), value.PaybackMonths);
    }

    [Fact]
    public void FirstYearCostUsesTheTermWhenShorterThanAYear()
    {
        var monthly = Item("RUN", model: PricingModel.Monthly, price: 1000m, addresses: "SLOW:3");
        var value = Evaluator.Evaluate(Config(6, Line(monthly, id: 1)), [Pain(1, "SLOW", impact: 20000m)], Items(monthly)).Value;

        // 6 × 1,000 against 0.60 × 20,000 = 12,000 a year.
        Assert.Equal(6m, value.PaybackMonths);
    }

    [Fact]
    public void PaybackIsNullWhenNothingIsAnswered()
    {
        var monthly = Item("RUN", addresses: "OTHER:3");
        var value = Evaluator.Evaluate(Config(12, Line(monthly)), [Pain(1, "SLOW", impact: 12000m)], Items(monthly)).Value;

        Assert.Equal(0m, value.AnnualPainCostAnswered.Amount);
        Assert.Null(value.PaybackMonths);
    }

    [Theory]
    [InlineData("10", "15", false)]
    [InlineData("15", "15", false)]
    [InlineData("15.5", "15", true)]
    public void ALineDiscountBeyondTheItemsLimitNeedsApproval(string discount, string limit, bool required)
    {
        var item = Item("STD", price: 100m, maxDiscount: decimal.Parse(limit, System.Globalization.CultureInfo.InvariantCulture));
        var other = Item("BIG", price: 10000m, maxDiscount: 0m);
        var evaluation = Evaluator.Evaluate(Config(12, Line(item, 1, decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture), 1), Line(other, 1, 0, 2)), [], Items(item, other));

        Assert.Equal(required, evaluation.Approval.Required);
        Assert.Equal(required, evaluation.Issues.Any(i => i.Code == IssueCodes.DiscountNeedsApproval && i.LineId == 1));
    }

    [Theory]
    [InlineData("20", false)]
    [InlineData("20.01", true)]
    public void ATotalsDiscountBeyondThePolicyNeedsApproval(string discount, bool required)
    {
        var item = Item("STD", price: 100m, maxDiscount: 100m);
        var evaluation = Evaluator.Evaluate(Config(12, Line(item, 1, decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture))), [], Items(item));

        Assert.Equal(required, evaluation.Approval.Required);
        Assert.Equal(required, evaluation.Issues.Any(i => i.Code == IssueCodes.TotalsDiscountNeedsApproval));
        Assert.False(Evaluator.Evaluate(Config(12, Line(item, 1, 25m)), [], Items(item), EnginePolicy.Default with { TotalsDiscountLimitPercent = Percentage.From(30m) }).Approval.Required);
    }
}
