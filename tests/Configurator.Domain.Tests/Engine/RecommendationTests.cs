using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Engine;

/// <summary>Each rule of the contract's Recommendation section as its own test.</summary>
public sealed class RecommendationTests
{
    private static Recommendation Recommend(IReadOnlyList<ClientPain> pains, params OfferItemSpec[] items) =>
        Recommender.Recommend(pains, items, Eur, 36);

    private static string[] Codes(Recommendation recommendation) => [.. recommendation.Configuration.Lines.Select(l => l.Item.Code)];

    [Fact]
    public void Rule1UsesOnlyActiveItemsPricedInTheCurrencyAtTheirDefaultQuantities()
    {
        var active = Item("STD", addresses: "SLOW:2", quantity: 7);
        var retired = Item("OLD", addresses: "SLOW:3", status: ItemStatus.Retired);
        var draft = Item("NEW", addresses: "SLOW:3", status: ItemStatus.Draft);
        var dollars = Item("USD", addresses: "SLOW:3", currency: "USD");

        var recommendation = Recommend([Pain(1, "SLOW")], active, retired, draft, dollars);

        Assert.Equal(["STD"], Codes(recommendation));
        Assert.Equal(7, recommendation.Configuration.Lines[0].Quantity);
        Assert.Equal(0m, recommendation.Configuration.Lines[0].DiscountPercent);
    }

    [Fact]
    public void Rule2TheBaseIsTheStandardProductThatAnswersTheMostWeightedPain()
    {
        var forMany = Item("A-MANY", addresses: "LOW1:3 LOW2:3");
        var forSevere = Item("B-SEVERE", addresses: "SEVERE:3");
        var pains = new[] { Pain(1, "LOW1", severity: 1), Pain(2, "LOW2", severity: 1), Pain(3, "SEVERE", severity: 5, impact: 500000m) };

        var recommendation = Recommend(pains, forMany, forSevere);

        Assert.Equal("B-SEVERE", recommendation.Configuration.Lines[0].Item.Code);
        Assert.StartsWith("Base standard product.", recommendation.Configuration.Lines[0].Reason);
    }

    [Fact]
    public void Rule2ABaseIsChosenEvenWhenNoStandardProductAnswersAnything()
    {
        var cheap = Item("CHEAP", price: 10m);
        var dear = Item("DEAR", price: 99m);

        var recommendation = Recommend([Pain(1, "NOBODY")], dear, cheap);

        Assert.Equal(["CHEAP"], Codes(recommendation));
        Assert.Contains("none of the captured pain points", recommendation.Configuration.Lines[0].Reason);
    }

    [Fact]
    public void Rule3EveryPainThatSomeItemAnswersEndsUpAnswered()
    {
        var core = Item("CORE", addresses: "SLOW:3");
        var stock = Item("STOCK", addresses: "STOCK:2");
        var service = Item("TRAIN", kind: ItemKind.Service, addresses: "ADOPT:1");
        var pains = new[] { Pain(1, "SLOW"), Pain(2, "STOCK"), Pain(3, "ADOPT"), Pain(4, "NOBODY") };

        var recommendation = Recommend(pains, core, stock, service);
        var coverage = Evaluator.Evaluate(recommendation.Configuration, pains, Items(core, stock, service)).Coverage;

        Assert.Equal([CoverageStatus.Covered, CoverageStatus.Covered, CoverageStatus.Weak, CoverageStatus.Uncovered], coverage.Select(c => c.Status));
    }

    [Fact]
    public void Rule4InnovationsAreAddedWhereTheStandardProductsLeavePainOpenOrWeak()
    {
        var core = Item("CORE", addresses: "SLOW:3 STOCK:1");
        var strongEnough = Item("INN-SLOW", kind: ItemKind.Innovation, addresses: "SLOW:3");
        var forWeak = Item("INN-STOCK", kind: ItemKind.Innovation, addresses: "STOCK:3");
        var forOpen = Item("INN-RECALL", kind: ItemKind.Innovation, addresses: "RECALL:2");
        var pains = new[] { Pain(1, "SLOW"), Pain(2, "STOCK"), Pain(3, "RECALL") };

        var recommendation = Recommend(pains, core, strongEnough, forWeak, forOpen);

        Assert.Equal(["CORE", "INN-RECALL", "INN-STOCK"], Codes(recommendation));
    }

    [Fact]
    public void Rule4AnInnovationThatWouldLeaveThePainWeakIsNotAddedForIt()
    {
        var core = Item("CORE", addresses: "SLOW:3");
        var weakInnovation = Item("INN-WEAK", kind: ItemKind.Innovation, addresses: "ADOPT:1");
        var service = Item("SVC", kind: ItemKind.Service, addresses: "ADOPT:3");

        var recommendation = Recommend([Pain(1, "SLOW"), Pain(2, "ADOPT")], core, weakInnovation, service);

        Assert.Equal(["CORE", "SVC"], Codes(recommendation));
    }

    [Fact]
    public void Rule5AServicePackageIsIncludedWhenAnyIsEligible()
    {
        var core = Item("CORE", addresses: "SLOW:3");
        var unrelated = Item("SVC-A", kind: ItemKind.Service, price: 50m);
        var relevant = Item("SVC-B", kind: ItemKind.Service, price: 500m, addresses: "SLOW:1");

        var recommendation = Recommend([Pain(1, "SLOW")], core, unrelated, relevant);
        var withoutServices = Recommend([Pain(1, "SLOW")], core);

        Assert.Equal(["CORE", "SVC-B"], Codes(recommendation));
        Assert.StartsWith("Service package.", recommendation.Configuration.Lines[1].Reason);
        Assert.Equal(["CORE"], Codes(withoutServices));
    }

    [Fact]
    public void Rule6RequiresAreAddedAndAnExclusionMakesTheNextBestTheAlternative()
    {
        var core = Item("CORE", addresses: "SLOW:3", excludes: ["INN-BEST"]);
        var best = Item("INN-BEST", kind: ItemKind.Innovation, addresses: "STOCK:3");
        var alternative = Item("INN-ALT", kind: ItemKind.Innovation, addresses: "STOCK:2", requires: ["CONNECTOR"]);
        var connector = Item("CONNECTOR", kind: ItemKind.Standard);
        var pains = new[] { Pain(1, "SLOW", severity: 5), Pain(2, "STOCK") };

        var recommendation = Recommend(pains, core, best, alternative, connector);
        var evaluation = Evaluator.Evaluate(recommendation.Configuration, pains, Items(core, best, alternative, connector));

        Assert.Equal(["CORE", "CONNECTOR", "INN-ALT"], Codes(recommendation));
        Assert.DoesNotContain(evaluation.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal("Required by INN-ALT (Item INN-ALT).", recommendation.Configuration.Lines[1].Reason);
    }

    [Fact]
    public void Rule6WhatCannotBeSatisfiedIsReported()
    {
        var core = Item("CORE", addresses: "SLOW:3", excludes: ["INN-ONLY"]);
        var only = Item("INN-ONLY", kind: ItemKind.Innovation, addresses: "STOCK:3");
        var orphan = Item("INN-ORPHAN", kind: ItemKind.Innovation, addresses: "RECALL:3", requires: ["RETIRED"]);
        var retired = Item("RETIRED", status: ItemStatus.Retired);
        var pains = new[] { Pain(1, "SLOW", severity: 5), Pain(2, "STOCK"), Pain(3, "RECALL") };

        var recommendation = Recommend(pains, core, only, orphan, retired);

        Assert.Equal(["CORE"], Codes(recommendation));
        var blocked = recommendation.Issues.Where(i => i.Code == IssueCodes.RuleBlocksPain).ToList();
        Assert.Equal([2, 3], blocked.Select(i => i.PainPointId!.Value).Order());
        Assert.Contains("INN-ONLY is excluded by CORE", blocked.Single(i => i.PainPointId == 2).Message);
        Assert.Contains("INN-ORPHAN requires RETIRED, which is retired", blocked.Single(i => i.PainPointId == 3).Message);
    }

    [Fact]
    public void Rule7NoLineAnswersNothingUnlessRequiredOrTheBaseOrTheService()
    {
        var core = Item("CORE", addresses: "SLOW:3");
        var idle = Item("IDLE-INN", kind: ItemKind.Innovation);
        var idleStandard = Item("IDLE-STD", price: 1m);
        var service = Item("SVC", kind: ItemKind.Service);
        var pains = new[] { Pain(1, "SLOW") };

        var recommendation = Recommend(pains, core, idle, idleStandard, service);
        var evaluation = Evaluator.Evaluate(recommendation.Configuration, pains, Items(core, idle, idleStandard, service));

        Assert.Equal(["CORE", "SVC"], Codes(recommendation));
        Assert.DoesNotContain(evaluation.Issues, i => i.Code == IssueCodes.LineAnswersNothing && i.ItemCode != "SVC");
    }

    [Fact]
    public void Rule8EachReasonNamesThePainPointsItAnswersWithTheirStrength()
    {
        var core = Item("CORE", addresses: "SLOW:3 STOCK:1");
        var pains = new[] { new ClientPain(1, "Orders wait for manual checks", "SLOW", 4, null), new ClientPain(2, "Phantom stock", "STOCK", 2, null) };

        var reason = Recommend(pains, core).Configuration.Lines[0].Reason;

        Assert.Equal("Base standard product. Answers “Orders wait for manual checks” (strong), “Phantom stock” (weak).", reason);
    }

    [Fact]
    public void Rule9TheSameInputGivesTheSameOutputWhateverTheCatalogueOrder()
    {
        var items = new[]
        {
            Item("B", addresses: "SLOW:3", price: 100m), Item("A", addresses: "SLOW:3", price: 100m),
            Item("I2", kind: ItemKind.Innovation, addresses: "STOCK:2"), Item("I1", kind: ItemKind.Innovation, addresses: "STOCK:2"),
            Item("S1", kind: ItemKind.Service), Item("S2", kind: ItemKind.Service),
        };
        var pains = new[] { Pain(1, "SLOW"), Pain(2, "STOCK") };

        var first = Recommender.Recommend(pains, items, Eur, 12);
        var second = Recommender.Recommend(pains, items.Reverse().ToArray(), Eur, 12);

        Assert.Equal(["A", "I1", "S1"], Codes(first));
        Assert.Equal(first.Configuration.Lines, second.Configuration.Lines);
    }

    [Fact]
    public void AnEmptyCatalogueOrNoPainPointsAreReportedNotThrown()
    {
        var empty = Recommend([Pain(1, "SLOW")]);
        var noPains = Recommend([], Item("CORE"), Item("SVC", kind: ItemKind.Service));

        Assert.Empty(empty.Configuration.Lines);
        Assert.Contains(empty.Issues, i => i.Code == IssueCodes.NoEligibleItems);
        Assert.Equal(["CORE", "SVC"], Codes(noPains));
        Assert.Contains(noPains.Issues, i => i.Code == IssueCodes.NoPainPoints);
    }

    [Fact]
    public void NoStandardProductIsReported()
    {
        var recommendation = Recommend([Pain(1, "SLOW")], Item("INN", kind: ItemKind.Innovation, addresses: "SLOW:3"));

        Assert.Equal(["INN"], Codes(recommendation));
        Assert.Contains(recommendation.Issues, i => i.Code == IssueCodes.NoStandardProduct);
    }

    [Fact]
    public void ThreeOptionsRiseInCoverageAndEachIsValid()
    {
        var core = Item("CORE", addresses: "SLOW:3");
        var stock = Item("STOCK-STD", addresses: "STOCK:2");
        var innovation = Item("INN", kind: ItemKind.Innovation, addresses: "RECALL:3");
        var extra = Item("INN-EXTRA", kind: ItemKind.Innovation, addresses: "SLOW:3", price: 10m);
        var service = Item("SVC", kind: ItemKind.Service, addresses: "SLOW:1");
        var premiumService = Item("SVC-PREMIUM", kind: ItemKind.Service, addresses: "STOCK:3");
        var catalogue = new[] { core, stock, innovation, extra, service, premiumService };
        var pains = new[] { Pain(1, "SLOW", severity: 5), Pain(2, "STOCK", severity: 2), Pain(3, "RECALL", severity: 3) };

        var options = SolutionOptions.Build(pains, catalogue, Eur, 36);
        var evaluations = options.Select(o => Evaluator.Evaluate(o.Configuration, pains, Items(catalogue))).ToList();

        Assert.Equal(["Essential", "Advantage", "Premium"], options.Select(o => o.Name));
        Assert.Equal(["CORE", "SVC-PREMIUM"], options[0].Configuration.Lines.Select(l => l.Item.Code));
        Assert.Equal(["CORE", "INN", "SVC-PREMIUM"], options[1].Configuration.Lines.Select(l => l.Item.Code));
        Assert.Equal(["CORE", "INN", "INN-EXTRA", "SVC-PREMIUM", "SVC"], options[2].Configuration.Lines.Select(l => l.Item.Code));
        Assert.Superset(options[1].Configuration.Lines.Select(l => l.Item.Code).ToHashSet(), options[2].Configuration.Lines.Select(l => l.Item.Code).ToHashSet());
        Assert.All(evaluations, e => Assert.True(e.IsValid));
        var covered = evaluations.Select(e => e.Coverage.Count(c => c.Status == CoverageStatus.Covered)).ToList();
        Assert.True(covered[0] <= covered[1] && covered[1] <= covered[2]);
        Assert.All(options, o => Assert.False(string.IsNullOrWhiteSpace(o.Explanation)));
    }

    [Fact]
    public void OptionsThatComeOutTheSameAreLeftOutAndNamesComeFromThePolicy()
    {
        var core = Item("CORE", addresses: "SLOW:3");
        var policy = EnginePolicy.Default with { OptionNames = ["Good", "Better", "Best"] };

        var options = SolutionOptions.Build([Pain(1, "SLOW", severity: 5)], [core], Eur, 12, policy);

        Assert.Equal(["Better"], options.Select(o => o.Name));
    }
}
