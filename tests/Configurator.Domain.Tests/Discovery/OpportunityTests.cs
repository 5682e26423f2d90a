using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class OpportunityTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static Opportunity NewOpportunity() =>
        Opportunity.Create(1, "Peak readiness", OpportunityStage.Discovery, new DateOnly(2027, 3, 31), 250_000m, CurrencyCode.From("EUR"), ["Logiqa"], "rep", _at);

    [Fact]
    public void PainPointsQueueUpInPriorityOrderAndKnowWhoRaisedThem()
    {
        var opportunity = NewOpportunity();
        var cfo = opportunity.AddStakeholder("Ana Ruiz", "CFO", StakeholderRole.EconomicBuyer, Stance.Neutral, 5, "");

        var first = opportunity.AddPainPoint("Orders wait", "SLOW-FULFIL", "We miss the truck.", 4, 120_000m, cfo, "rep", _at);
        var second = opportunity.AddPainPoint("Stock is wrong", "STOCK-ERRORS", "Phantom stock.", 3, null, null, "rep", _at);

        Assert.Equal([1, 2], new[] { first.Priority, second.Priority });
        Assert.Same(cfo, first.RaisedBy);
        Assert.Null(second.RaisedBy);
    }

    [Fact]
    public void AStakeholderOfAnotherDealCannotRaiseAPainPointHere()
    {
        var other = NewOpportunity().AddStakeholder("Li Wei", "COO", StakeholderRole.DecisionMaker, Stance.Supporter, 4, "");

        Assert.Throws<ArgumentException>(() => NewOpportunity().AddPainPoint("x", "SLOW-FULFIL", "", 3, null, other, "rep", _at));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void SeverityIsOneToFive(int severity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewOpportunity().AddPainPoint("x", "SLOW-FULFIL", "", severity, null, null, "rep", _at));
    }

    [Fact]
    public void ReassigningKeepsEverything()
    {
        var opportunity = NewOpportunity();
        opportunity.AddPainPoint("Orders wait", "SLOW-FULFIL", "", 4, null, null, "rep", _at);

        opportunity.Reassign("new-rep");

        Assert.Equal("new-rep", opportunity.OwnerId);
        Assert.Single(opportunity.PainPoints);
        Assert.Equal(2, opportunity.Version);
    }

    [Fact]
    public void AStakeholderIsAddedWithWhatTheyCareAboutAtTheFirstVersion()
    {
        var opportunity = NewOpportunity();

        var person = opportunity.AddStakeholder("Ana Ruiz", "CFO", StakeholderRole.EconomicBuyer, Stance.Neutral, 5, "", caresAbout: [42, 42]);

        // 42 is no pain point of this deal, so it is dropped; the person starts at version 1 all the same.
        Assert.Empty(person.CaresAbout);
        Assert.Equal(1, person.Version);
    }
}
