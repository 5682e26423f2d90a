using Bogus;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Tests.Engine;

/// <summary>
/// Properties over generated catalogues and opportunities (fixed seeds): whatever the data, rules 1–9
/// hold or the recommendation says why, the output is deterministic, and totals are the sum of the lines.
/// </summary>
public sealed class EnginePropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    private sealed record Case(List<OfferItemSpec> Catalogue, List<ClientPain> Pains);

    private static Case Generate(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var categories = Enumerable.Range(1, faker.Random.Int(3, 12)).Select(i => $"CAT-{i}").ToList();
        var itemCount = faker.Random.Int(0, 60);
        var codes = Enumerable.Range(1, itemCount).Select(i => $"ITEM-{i:000}").ToList();
        var items = codes.Select(code =>
        {
            var min = faker.Random.Int(1, 3);
            var max = faker.Random.Int(min, min + 50);
            var prices = new List<ItemPrice> { new("EUR", faker.Random.Bool(0.05f) ? 0m : Math.Round(faker.Random.Decimal(1m, 5000m), 2), faker.Random.Bool(0.5f) ? Math.Round(faker.Random.Decimal(0m, 1000m), 2) : null) };
            if (faker.Random.Bool(0.15f))
            {
                prices = [new("USD", 10m, null)];
            }
            return new OfferItemSpec(code, faker.PickRandom<ItemKind>(), $"Name of {code}", "", "", faker.Random.Bool(0.85f) ? ItemStatus.Active : faker.PickRandom(ItemStatus.Draft, ItemStatus.Retired),
                faker.PickRandom<PricingModel>(), "unit", Percentage.From(faker.Random.Int(0, 40)), prices, new QuantityBounds(min, max, faker.Random.Int(min, max)),
                faker.PickRandom(categories, faker.Random.Int(0, 3)).Select(c => new CategoryStrength(c, faker.Random.Int(1, 3))).ToList(),
                faker.Random.Bool(0.2f) ? faker.PickRandom(codes.Append("GHOST"), faker.Random.Int(1, 2)).Where(c => c != code).ToList() : [],
                faker.Random.Bool(0.2f) ? faker.PickRandom(codes, Math.Min(codes.Count, faker.Random.Int(1, 2))).Where(c => c != code).ToList() : [],
                []);
        }).ToList();
        var pains = Enumerable.Range(1, faker.Random.Int(0, 25)).Select(i => new ClientPain(i, $"Pain {i}",
            faker.Random.Bool(0.9f) ? faker.PickRandom(categories) : "UNKNOWN", faker.Random.Int(1, 5),
            faker.Random.Bool(0.6f) ? Math.Round(faker.Random.Decimal(0m, 2_000_000m), 2) : null)).ToList();
        return new Case(items, pains);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheRecommendationKeepsRulesOneToNineOrSaysWhy(int seed)
    {
        var (catalogue, pains) = Generate(seed);
        var byCode = catalogue.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var eligible = catalogue.Where(i => i.Status == ItemStatus.Active && i.PriceIn("EUR") is not null).ToList();

        var recommendation = Recommender.Recommend(pains, catalogue, Build.Eur, 24);
        var lines = recommendation.Configuration.Lines;
        var evaluation = Evaluator.Evaluate(recommendation.Configuration, pains, byCode);
        var issues = recommendation.Issues;

        // 1: active, priced in the currency, default quantities.
        Assert.All(lines, l => Assert.Contains(eligible, e => e.Code == l.Item.Code && e.Quantity.Default == l.Quantity));
        // 6: requires satisfied, no exclusions, no duplicates: the configuration has no errors at all.
        Assert.DoesNotContain(evaluation.Issues, i => i.Severity == IssueSeverity.Error);
        // 2: a standard product, or the reason there is none.
        if (eligible.Count > 0)
        {
            Assert.True(lines.Any(l => l.Item.Kind == ItemKind.Standard) || issues.Any(i => i.Code == IssueCodes.NoStandardProduct));
        }
        // 3 (and 4): every pain point some eligible item answers is answered, or the rule that blocked it is named.
        foreach (var coverage in evaluation.Coverage.Where(c => c.Status == CoverageStatus.Uncovered))
        {
            var answerable = eligible.Any(e => e.Addresses.Any(a => a.Category == coverage.Pain.Category));
            Assert.True(!answerable || issues.Any(i => i.Code == IssueCodes.RuleBlocksPain && i.PainPointId == coverage.Pain.Id),
                $"seed {seed}: pain {coverage.Pain.Id} ({coverage.Pain.Category}) is answerable but unanswered without a reason");
        }
        // 4: innovations only where pain was open or weak, so no innovation answers nothing.
        // 5: a service package when any is eligible, or the reason.
        if (eligible.Any(e => e.Kind == ItemKind.Service))
        {
            Assert.True(lines.Any(l => l.Item.Kind == ItemKind.Service) || issues.Any(i => i.Code == IssueCodes.RuleBlocksPain));
        }
        // 7 and 8: a line answering nothing is required by another, or is the base or the service; every reason says why.
        var required = lines.SelectMany(l => l.Item.Requires).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var answered = evaluation.Answers[i].PainPointIds;
            if (answered.Count == 0)
            {
                Assert.True(required.Contains(lines[i].Item.Code) || lines[i].Reason.StartsWith("Base standard product", StringComparison.Ordinal)
                    || lines[i].Reason.StartsWith("Service package", StringComparison.Ordinal), $"seed {seed}: {lines[i].Item.Code} answers nothing: {lines[i].Reason}");
                Assert.True(lines[i].Reason.Length > 0);
            }
            else
            {
                var reason = lines[i].Reason;
                Assert.Contains("Answers", reason);
                Assert.Contains(pains.Where(p => answered.Contains(p.Id)), p => reason.Contains($"“{p.Title}”", StringComparison.Ordinal));
            }
        }
        Assert.True(lines.Count(l => l.Reason.StartsWith("Base standard product", StringComparison.Ordinal)) <= 1);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheSameInputGivesTheSameOutputWhateverTheOrder(int seed)
    {
        var (catalogue, pains) = Generate(seed);
        var shuffled = new Faker { Random = new Randomizer(seed + 1000) }.Random.Shuffle(catalogue).ToList();

        var first = Recommender.Recommend(pains, catalogue, Build.Eur, 36);
        var again = Recommender.Recommend(pains, catalogue, Build.Eur, 36);
        var reordered = Recommender.Recommend(pains, shuffled, Build.Eur, 36);

        Assert.Equal(first.Configuration.Lines, again.Configuration.Lines);
        Assert.Equal(first.Configuration.Lines, reordered.Configuration.Lines);
        Assert.Equal(first.Issues, reordered.Issues);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryOptionIsValidAndExplained(int seed)
    {
        var (catalogue, pains) = Generate(seed);
        var byCode = catalogue.ToDictionary(i => i.Code, StringComparer.Ordinal);

        var options = SolutionOptions.Build(pains, catalogue, Build.Eur, 36);

        Assert.InRange(options.Count, catalogue.Count == 0 ? 0 : 1, 3);
        Assert.Equal(options.Count, options.Select(o => o.Name).Distinct().Count());
        Assert.All(options, o => Assert.Empty(Evaluator.Evaluate(o.Configuration, pains, byCode).Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => $"{o.Name}: {i.Message}")));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TotalsAreTheSumOfTheLinesForAnyConfiguration(int seed)
    {
        var (catalogue, pains) = Generate(seed);
        var faker = new Faker { Random = new Randomizer(seed + 2000) };
        var term = faker.Random.Int(-1, 130);
        var lines = faker.PickRandom(catalogue, Math.Min(catalogue.Count, faker.Random.Int(0, 15)))
            .Select((spec, i) => ItemSnapshot.Of(spec, spec.Prices[0].Currency) is { } snapshot
                ? new ConfigurationLine(i + 1, snapshot, faker.Random.Int(-2, 200), Percentage.From(Math.Round(faker.Random.Decimal(0m, 100m), 2)))
                : null)
            .OfType<ConfigurationLine>()
            .ToList();

        var evaluation = Evaluator.Evaluate(new Configuration(Build.Eur, term, lines), pains, catalogue.ToDictionary(i => i.Code, StringComparer.Ordinal));
        var t = evaluation.Totals;

        Assert.Equal(t.ContractValue, Money.Sum(evaluation.Lines.Select(l => l.ContractValue), Build.Eur));
        Assert.Equal(t.OneTime, Money.Sum(evaluation.Lines.Where(l => l.Item.Model == PricingModel.OneTime).Select(l => l.NetTotal), Build.Eur));
        Assert.Equal(t.Monthly, Money.Sum(evaluation.Lines.Where(l => l.Item.Model == PricingModel.Monthly).Select(l => l.NetTotal), Build.Eur));
        Assert.Equal(t.Annual, Money.Sum(evaluation.Lines.Where(l => l.Item.Model == PricingModel.Annual).Select(l => l.NetTotal), Build.Eur));
        Assert.All(evaluation.Lines, l => Assert.Equal(l.NetUnitPrice * l.Line.Quantity, l.NetTotal));
        Assert.Equal(term is >= 1 and <= 120, !evaluation.Issues.Any(i => i.Code == IssueCodes.TermInvalid));
    }
}
