using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Engine;

/// <summary>Every validation code, and the engine's promise never to throw for what a user can build.</summary>
public sealed class ValidationTests
{
    private static readonly OfferItemSpec _standard = Item("STD", addresses: "SLOW:3");
    private static readonly OfferItemSpec _innovation = Item("INN", kind: ItemKind.Innovation, addresses: "SLOW:2");
    private static readonly OfferItemSpec _service = Item("SVC", kind: ItemKind.Service, addresses: "SLOW:1");

    private static IReadOnlyList<EngineIssue> Issues(Configuration configuration, IReadOnlyDictionary<string, OfferItemSpec> catalogue, params ClientPain[] pains) =>
        Evaluator.Evaluate(configuration, pains, catalogue).Issues;

    private static void AssertOnly(string code, IssueSeverity severity, IReadOnlyList<EngineIssue> issues, int? lineId = null)
    {
        var issue = Assert.Single(issues, i => i.Code == code);
        Assert.Equal(severity, issue.Severity);
        Assert.False(string.IsNullOrWhiteSpace(issue.Message));
        if (lineId is not null)
        {
            Assert.Equal(lineId, issue.LineId);
        }
    }

    [Fact]
    public void AGoodConfigurationHasNoIssues()
    {
        var issues = Issues(Config(12, Line(_standard, id: 1), Line(_innovation, id: 2), Line(_service, id: 3)), Items(_standard, _innovation, _service), Pain(1, "SLOW"));

        Assert.Empty(issues);
    }

    [Fact]
    public void AnItemNoLongerInTheCatalogueIsAnError()
    {
        AssertOnly(IssueCodes.ItemNotFound, IssueSeverity.Error, Issues(Config(12, Line(_standard, id: 4)), Items()), lineId: 4);
    }

    [Fact]
    public void ARetiredItemIsAnError()
    {
        var retired = _standard with { Status = ItemStatus.Retired };
        AssertOnly(IssueCodes.ItemRetired, IssueSeverity.Error, Issues(Config(12, Line(_standard, id: 4)), Items(retired)), lineId: 4);
    }

    [Fact]
    public void ADraftItemIsAnError()
    {
        var draft = _standard with { Status = ItemStatus.Draft };
        AssertOnly(IssueCodes.ItemNotActive, IssueSeverity.Error, Issues(Config(12, Line(_standard, id: 4)), Items(draft)), lineId: 4);
    }

    [Fact]
    public void AnItemNotPricedInTheCurrencyIsAnError()
    {
        var inDollars = _standard with { Prices = [new ItemPrice("USD", 100m, null)] };
        AssertOnly(IssueCodes.ItemNotPriced, IssueSeverity.Error, Issues(Config(12, Line(_standard, id: 4)), Items(inDollars)), lineId: 4);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-3)]
    public void AQuantityOutsideTheItemsBoundsIsAnError(int quantity)
    {
        var bounded = Item("STD", min: 1, max: 10);
        AssertOnly(IssueCodes.QuantityOutOfBounds, IssueSeverity.Error, Issues(Config(12, Line(bounded, quantity, id: 4)), Items(bounded)), lineId: 4);
    }

    [Fact]
    public void AnUnsatisfiedRequiresIsAnError()
    {
        var needy = Item("NEEDY", requires: ["STD"]);
        AssertOnly(IssueCodes.RequiresMissing, IssueSeverity.Error, Issues(Config(12, Line(needy, id: 4)), Items(needy, _standard)), lineId: 4);
    }

    [Fact]
    public void TwoLinesThatExcludeEachOtherAreOneError()
    {
        var a = Item("A", excludes: ["B"]);
        var b = Item("B", excludes: ["A"]);
        AssertOnly(IssueCodes.ExcludesConflict, IssueSeverity.Error, Issues(Config(12, Line(a, id: 1), Line(b, id: 2)), Items(a, b)));
    }

    [Fact]
    public void ADuplicateItemIsAnError()
    {
        AssertOnly(IssueCodes.DuplicateItem, IssueSeverity.Error, Issues(Config(12, Line(_standard, id: 1), Line(_standard, id: 2)), Items(_standard)), lineId: 2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    [InlineData(121)]
    public void ATermOutsideOneToTheMaximumIsAnError(int term)
    {
        var evaluation = Evaluator.Evaluate(Config(term, Line(_standard, 2)), [], Items(_standard));

        AssertOnly(IssueCodes.TermInvalid, IssueSeverity.Error, evaluation.Issues);
        Assert.False(evaluation.IsValid);
    }

    [Fact]
    public void AmountsTooLargeToCalculateAreAnErrorNotAnException()
    {
        var huge = Item("HUGE", price: 79_000_000_000_000_000_000_000_000m, max: CatalogueLimits.MaxQuantity);
        var evaluation = Evaluator.Evaluate(Config(120, Line(huge, CatalogueLimits.MaxQuantity)), [Pain(1, "X", impact: decimal.MaxValue), Pain(2, "X", impact: decimal.MaxValue)], Items(huge));

        Assert.Contains(evaluation.Issues, i => i.Code == IssueCodes.AmountOverflow);
        Assert.Equal(0m, evaluation.Totals.ContractValue.Amount);
    }

    [Fact]
    public void UncoveredAndWeakPainAreWarningsNamingThePainPoint()
    {
        var issues = Issues(Config(12, Line(_service, id: 3)), Items(_service), Pain(1, "SLOW"), Pain(2, "STOCK"));

        Assert.Equal(2, Assert.Single(issues, i => i.Code == IssueCodes.PainUncovered).PainPointId);
        Assert.Equal(1, Assert.Single(issues, i => i.Code == IssueCodes.PainWeak).PainPointId);
    }

    [Fact]
    public void NoServiceAndNoInnovationAreWarnings()
    {
        var issues = Issues(Config(12, Line(_standard, id: 1)), Items(_standard), Pain(1, "SLOW"));

        AssertOnly(IssueCodes.NoService, IssueSeverity.Warning, issues);
        AssertOnly(IssueCodes.NoInnovation, IssueSeverity.Warning, issues);
    }

    [Fact]
    public void ALineThatAnswersNoPainIsAWarningUnlessAnotherLineRequiresIt()
    {
        var platform = Item("PLATFORM");
        var addOn = Item("ADDON", addresses: "SLOW:3", requires: ["PLATFORM"]);
        var loose = Item("LOOSE");
        var issues = Issues(Config(12, Line(platform, id: 1), Line(addOn, id: 2), Line(loose, id: 3)), Items(platform, addOn, loose), Pain(1, "SLOW"));

        AssertOnly(IssueCodes.LineAnswersNothing, IssueSeverity.Warning, issues, lineId: 3);
    }

    [Fact]
    public void HighDifferentiationRiskIsAWarning()
    {
        var issues = Issues(Config(12, Line(_standard, id: 1)), Items(_standard), Pain(1, "SLOW"));

        AssertOnly(IssueCodes.DifferentiationRiskHigh, IssueSeverity.Warning, issues);
    }

    [Fact]
    public void EveryIssueIsReportedAtOnce()
    {
        var bounded = Item("STD", min: 1, max: 2, excludes: ["OTHER"]);
        var other = Item("OTHER", requires: ["GONE"]);
        var issues = Issues(Config(0, Line(bounded, 5, 50m, 1), Line(other, id: 2)), Items(bounded, other));

        Assert.Superset(
            new HashSet<string> { IssueCodes.TermInvalid, IssueCodes.QuantityOutOfBounds, IssueCodes.ExcludesConflict, IssueCodes.RequiresMissing },
            issues.Select(i => i.Code).ToHashSet());
    }

    [Fact]
    public void EmptyInputsGiveEmptyResultsNotExceptions()
    {
        var evaluation = Evaluator.Evaluate(Config(12), [], Items());

        Assert.Empty(evaluation.Lines);
        Assert.Equal(Totals.Zero(Eur), evaluation.Totals);
        Assert.Null(evaluation.Value.PaybackMonths);
        Assert.Empty(evaluation.Issues);
    }
}
