using Bogus;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Engine;

/// <summary>The value model of the contract's Arithmetic section: tables worked out by hand, then properties over generated deals.</summary>
public sealed class ValueCaseTests
{
    // Strong 60%, weak 15% by default; SVC's own figure for TRAIN is 80%. Term 36 months.
    private static readonly OfferItemSpec _standard = Item("STD", model: PricingModel.Monthly, price: 1000m, addresses: "SLOW:3 STOCK:1");
    private static readonly OfferItemSpec _innovation = Item("INN", kind: ItemKind.Innovation, model: PricingModel.OneTime, price: 12000m, addresses: "SLOW:2");
    private static readonly OfferItemSpec _service = Item("SVC", kind: ItemKind.Service, model: PricingModel.Annual, price: 6000m, addresses: "TRAIN:3@80");

    private static readonly ClientPain[] _pains =
    [
        Pain(1, "SLOW", impact: 100_000m), Pain(2, "STOCK", impact: 40_000m), Pain(3, "TRAIN", impact: 10_000m),
        Pain(4, "NONE", impact: 50_000m), Pain(5, "SLOW"),
    ];

    private static ValueCase ValueOf(int termMonths, params ConfigurationLine[] lines) =>
        Evaluator.Evaluate(Config(termMonths, lines), _pains, Items(_standard, _innovation, _service)).Value;

    private static ValueCase Worked() => ValueOf(36, Line(_standard, id: 1), Line(_innovation, id: 2), Line(_service, id: 3));

    [Fact]
    public void EachPainsImprovementCombinesItsLinesAsIndependentReductions()
    {
        var value = Worked();

        // SLOW: 1 − (1 − 0.60)(1 − 0.35) = 0.74; STOCK: weak 0.15; TRAIN: the item's own 0.80; NONE: nothing answers it.
        Assert.Equal([0.74m, 0.15m, 0.80m, 0m, 0.74m], value.Pains.Select(p => p.Improvement));
        Assert.Equal([74_000m, 6_000m, 8_000m, 0m], value.Pains.Take(4).Select(p => p.AnnualValue!.Amount));
        Assert.Null(value.Pains[4].AnnualValue);
        Assert.Equal([5], value.NotQuantified.Select(p => p.Pain.Id));
        Assert.Equal([ImprovementSource.Strength, ImprovementSource.Strength], value.Pains[0].Assumptions.Select(a => a.Source));
        Assert.Equal(ImprovementSource.Catalogue, value.Pains[2].Assumptions.Single().Source);
    }

    [Theory]
    [InlineData(ValueScenarioKind.Conservative, "49250", "7.31", "123125", "57125", "0.8655")]
    [InlineData(ValueScenarioKind.Expected, "88000", "4.09", "220000", "154000", "2.3333")]
    [InlineData(ValueScenarioKind.Ambitious, "103437.50", "3.48", "258593.75", "192593.75", "2.9181")]
    public void EachScenarioScalesEveryImprovementAndCapsItAtTheWholePain(ValueScenarioKind kind, string annual, string payback, string overTerm, string net, string roi)
    {
        // Conservative (×0.5): SLOW 1 − 0.70 × 0.825 = 0.4225, STOCK 0.075, TRAIN 0.40 → 42,250 + 3,000 + 4,000.
        // Ambitious (×1.25): SLOW 1 − 0.25 × 0.5625 = 0.859375, STOCK 0.1875, TRAIN min(1, 1.00) → 85,937.50 + 7,500 + 10,000.
        // First year 12,000 + 12 × 1,000 + 6,000 = 30,000; contract 12,000 + 36 × 1,000 + 3 × 6,000 = 66,000.
        // Over the term: half the annual value in year 1, then two full years.
        var scenario = Worked().Scenario(kind);

        Assert.Equal(D(annual), scenario.AnnualValue.Amount);
        Assert.Equal(D(payback), scenario.PaybackMonths);
        Assert.Equal(D(overTerm), scenario.ValueOverTerm.Amount);
        Assert.Equal(D(net), scenario.NetValueOverTerm.Amount);
        Assert.Equal(D(roi), scenario.Roi);
    }

    [Fact]
    public void TheYearsRampUpThenRunAtFullRateAgainstWhatIsInvoicedEachYear()
    {
        var years = Worked().Expected.Years;

        Assert.Equal([1, 2, 3], years.Select(y => y.Year));
        Assert.Equal([44_000m, 88_000m, 88_000m], years.Select(y => y.Value.Amount));
        Assert.Equal([30_000m, 18_000m, 18_000m], years.Select(y => y.Cost.Amount));
        Assert.Equal([44_000m, 132_000m, 220_000m], years.Select(y => y.CumulativeValue.Amount));
        Assert.Equal([30_000m, 48_000m, 66_000m], years.Select(y => y.CumulativeCost.Amount));
    }

    [Fact]
    public void APartYearAtTheEndCountsItsMonths()
    {
        var run = Item("RUN", model: PricingModel.Monthly, price: 500m, addresses: "SLOW:3");
        var value = Evaluator.Evaluate(Config(18, Line(run, id: 1)), [Pain(1, "SLOW", impact: 24_000m)], Items(run)).Value;

        // 0.60 × 24,000 = 14,400 a year: 7,200 in the ramp-up year, 6 of 12 months of it in year 2.
        Assert.Equal([12, 6], value.Expected.Years.Select(y => y.Months));
        Assert.Equal([7_200m, 7_200m], value.Expected.Years.Select(y => y.Value.Amount));
        Assert.Equal([6_000m, 3_000m], value.Expected.Years.Select(y => y.Cost.Amount));
        Assert.Equal(5_400m, value.Expected.NetValueOverTerm.Amount);
        Assert.Equal(0.6m, value.Expected.Roi);
        Assert.Equal(5m, value.PaybackMonths);
    }

    [Fact]
    public void ValueRoundsToTheMinorUnitOnceForTheWholeOption()
    {
        var run = Item("RUN", model: PricingModel.Monthly, price: 100m, addresses: "SLOW:2");
        var value = Evaluator.Evaluate(Config(12, Line(run, id: 1)), [Pain(1, "SLOW", impact: 33_333.33m), Pain(2, "SLOW", impact: 0.01m)], Items(run)).Value;

        // 0.35 × 33,333.34 = 11,666.669.
        Assert.Equal(11_666.67m, value.AnnualValue.Amount);
    }

    [Fact]
    public void PresalesEstimateReplacesTheCatalogueForThatLineWithItsReason()
    {
        var line = Line(_standard, id: 1) with { Improvements = [new LineImprovement("SLOW", 90m, "The Suzhou pilot cut re-keying by 90%")] };

        var value = ValueOf(36, line);

        var slow = value.Pains[0];
        Assert.Equal(0.9m, slow.Improvement);
        Assert.Equal(ImprovementSource.Presales, slow.Assumptions.Single().Source);
        Assert.Equal("The Suzhou pilot cut re-keying by 90%", slow.Assumptions.Single().Reason);
        Assert.Equal(0.15m, value.Pains[1].Improvement);
    }

    [Fact]
    public void TheDefaultsPerStrengthScenariosAndRampUpComeFromThePolicy()
    {
        var policy = EnginePolicy.Default with
        {
            Value = ValuePolicy.Default with { StrongImprovement = Percentage.From(80m), ConservativeShare = Percentage.From(25m), FirstYearRampUp = Percentage.From(100m) },
        };
        var run = Item("RUN", model: PricingModel.Monthly, price: 1000m, addresses: "SLOW:3");

        var value = Evaluator.Evaluate(Config(24, Line(run, id: 1)), [Pain(1, "SLOW", impact: 100_000m)], Items(run), policy).Value;

        Assert.Equal(80_000m, value.AnnualValue.Amount);
        Assert.Equal(20_000m, value.Conservative.AnnualValue.Amount);
        Assert.Equal(80_000m, value.Expected.Years[0].Value.Amount);
    }

    [Fact]
    public void AnOptionThatAnswersNothingHasNoPaybackAndLosesItsWholeContract()
    {
        var value = ValueOf(12, Line(Item("X", price: 100m, addresses: "ELSEWHERE:3"), id: 1));

        Assert.Equal(0m, value.AnnualValue.Amount);
        Assert.Null(value.PaybackMonths);
        Assert.Equal(-1_200m, value.Expected.NetValueOverTerm.Amount);
        Assert.Equal(-1m, value.Expected.Roi);
        Assert.Empty(value.NotQuantified);
    }

    [Fact]
    public void AddingAnInnovationThatAnswersAPainMoreStronglyRaisesTheValue()
    {
        var without = ValueOf(36, Line(_standard, id: 1));
        var with = ValueOf(36, Line(_standard, id: 1), Line(_innovation, id: 2));

        Assert.True(with.AnnualValue > without.AnnualValue);
        Assert.Equal(66_000m, without.AnnualValue.Amount); // 60,000 + 6,000: the same lines no longer show the same value as the whole pain.
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ValueNeverExceedsThePainsCostAndAddingALineNeverLowersIt(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var categories = Enumerable.Range(1, faker.Random.Int(1, 6)).Select(i => $"C{i}").ToArray();
        var items = Enumerable.Range(1, faker.Random.Int(1, 8)).Select(i => new OfferItemSpec($"I{i}", faker.PickRandom<ItemKind>(), $"Item {i}", "", "", ItemStatus.Active,
            faker.PickRandom<PricingModel>(), "unit", Percentage.From(10m), [new ItemPrice("EUR", Math.Round(faker.Random.Decimal(0m, 5_000m), 2), null)], new QuantityBounds(1, 10, 1),
            faker.PickRandom(categories, faker.Random.Int(0, categories.Length)).Select(c => new CategoryStrength(c, faker.Random.Int(1, 3))
            {
                ImprovementPercent = faker.Random.Bool(0.3f) ? faker.Random.Int(0, 100) : null,
            }).ToList(), [], [], [])).ToList();
        var pains = Enumerable.Range(1, faker.Random.Int(0, 10)).Select(i => Pain(i, faker.PickRandom(categories), impact: faker.Random.Bool(0.8f) ? Math.Round(faker.Random.Decimal(0m, 1_000_000m), 2) : null)).ToList();
        var catalogue = Items([.. items]);
        var lines = items.Select((item, i) => Line(item, id: i + 1) with
        {
            Improvements = faker.Random.Bool(0.2f) ? [new LineImprovement(faker.PickRandom(categories), faker.Random.Int(0, 100), "estimate")] : [],
        }).ToList();

        ValueCase? before = null;
        for (var count = 0; count <= lines.Count; count++)
        {
            var value = Evaluator.Evaluate(Config(faker.Random.Int(1, 60), [.. lines.Take(count)]), pains, catalogue).Value;
            foreach (var pain in value.Pains)
            {
                Assert.InRange(pain.Improvement, 0m, 1m);
                Assert.True(pain.AnnualValue is null || pain.AnnualValue.Amount <= pain.Pain.AnnualImpact, $"{pain.Pain.Id}: {pain.AnnualValue} above {pain.Pain.AnnualImpact}");
            }
            var allPain = pains.Sum(p => p.AnnualImpact ?? 0);
            Assert.All(value.Scenarios, s => Assert.InRange(s.AnnualValue.Amount, 0m, allPain));
            Assert.True(value.Conservative.AnnualValue <= value.Expected.AnnualValue && value.Expected.AnnualValue <= value.Ambitious.AnnualValue);
            if (before is not null)
            {
                Assert.All(Enum.GetValues<ValueScenarioKind>(), k => Assert.True(value.Scenario(k).AnnualValue >= before.Scenario(k).AnnualValue, $"{k} fell after adding line {count}"));
            }
            before = value;
        }
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
