using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Tests.Discovery;

/// <summary>A pain point's cost as the client agreed it: who confirmed it, when, and what the engine weighs.</summary>
public sealed class PainPointBaselineTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly _today = new(2026, 12, 4);

    private static (Opportunity Opportunity, PainPoint Pain) NewPain(decimal? estimate)
    {
        var opportunity = Opportunity.Create(7, "Peak readiness", OpportunityStage.Discovery, new DateOnly(2027, 3, 31), 250_000m, CurrencyCode.From("EUR"), [], "rep", _at);
        return (opportunity, opportunity.AddPainPoint("Orders wait", "SLOW-FULFIL", "", 4, estimate, null, "rep", _at));
    }

    [Fact]
    public void PainPointConfirmBaseline_OverridesTheEstimateAndNamesWhoConfirmed()
    {
        var (_, pain) = NewPain(100_000m);
        var version = pain.Version;

        pain.ConfirmBaseline(120_000m, Person.Create(7, "Dana Smith", "CFO", "", ""), new DateOnly(2026, 12, 3), _at);

        Assert.Equal(100_000m, pain.AnnualImpact);
        Assert.Equal(120_000m, pain.AnnualCost);
        Assert.Equal(new ConfirmedBaseline(120_000m, 0, "Dana Smith", "CFO", new DateOnly(2026, 12, 3)), pain.Baseline);
        Assert.Equal(version + 1, pain.Version);
        var engine = pain.ToClientPain();
        Assert.Equal(120_000m, engine.AnnualImpact);
        Assert.Equal(PainCostSource.ConfirmedByClient, engine.CostSource);
    }

    [Fact]
    public void PainPointClearBaseline_BringsTheEstimateBack()
    {
        var (_, pain) = NewPain(100_000m);
        pain.ConfirmBaseline(120_000m, Person.Create(7, "Dana Smith", "CFO", "", ""), _today, _at);

        pain.ClearBaseline(_at);

        Assert.Null(pain.Baseline);
        Assert.Equal(100_000m, pain.AnnualCost);
        Assert.Equal(PainCostSource.Estimate, pain.ToClientPain().CostSource);
    }

    [Fact]
    public void PainPointConfirmBaseline_QuantifiesAPainTheRepCouldNotPutAFigureOn()
    {
        var (_, pain) = NewPain(null);

        pain.ConfirmBaseline(45_000m, Person.Create(7, "Dana Smith", "", "", ""), _today, _at);

        Assert.Equal(45_000m, pain.ToClientPain().AnnualImpact);
    }

    [Fact]
    public void PainPointConfirmBaseline_RefusesAPersonOfAnotherAccountAsABug()
    {
        var (_, pain) = NewPain(100_000m);

        Assert.Throws<ArgumentException>(() => pain.ConfirmBaseline(1m, Person.Create(8, "Somebody Else", "", "", ""), _today, _at));
    }

    [Fact]
    public void DiscoveryValidationBaseline_ReportsEveryProblemAtOnce()
    {
        var issues = DiscoveryValidation.Baseline(-5m, personKnown: false, _today.AddDays(1), _today);

        Assert.Equal(["amount", "confirmedBy", "confirmedOn"], issues.Select(i => i.Field));
        Assert.Equal([DiscoveryIssueCodes.OutOfRange, DiscoveryIssueCodes.Unknown, DiscoveryIssueCodes.OutOfRange], issues.Select(i => i.Code));
    }

    [Fact]
    public void DiscoveryValidationBaseline_RequiresTheAmountAndTheDay()
    {
        var issues = DiscoveryValidation.Baseline(null, personKnown: true, null, _today);

        Assert.Equal(["amount", "confirmedOn"], issues.Select(i => i.Field));
        Assert.All(issues, i => Assert.Equal(DiscoveryIssueCodes.Required, i.Code));
        Assert.Empty(DiscoveryValidation.Baseline(0m, personKnown: true, _today, _today));
    }
}
