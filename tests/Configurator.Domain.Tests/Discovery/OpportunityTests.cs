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
        var cfo = opportunity.AddStakeholder(Person.Create(1, "Ana Ruiz", "CFO", "", ""), StakeholderRole.EconomicBuyer, Stance.Neutral, 5, "");

        var first = opportunity.AddPainPoint("Orders wait", "SLOW-FULFIL", "We miss the truck.", 4, 120_000m, cfo, "rep", _at);
        var second = opportunity.AddPainPoint("Stock is wrong", "STOCK-ERRORS", "Phantom stock.", 3, null, null, "rep", _at);

        Assert.Equal([1, 2], new[] { first.Priority, second.Priority });
        Assert.Same(cfo, first.RaisedBy);
        Assert.Null(second.RaisedBy);
    }

    [Fact]
    public void ANewPainPointIsPlacedBySeverityAndImpactAsTheEngineWeighsThem()
    {
        var opportunity = NewOpportunity();
        var annoying = opportunity.AddPainPoint("Reports by hand", "MANUAL-REPORTING", "", 2, null, null, "rep", _at);
        var critical = opportunity.AddPainPoint("Trucks leave half empty", "CARRIER-COSTS", "", 5, 300_000m, null, "rep", _at);
        var costly = opportunity.AddPainPoint("Returns pile up", "RETURNS", "", 3, 250_000m, null, "rep", _at);
        var same = opportunity.AddPainPoint("Reports again", "MANUAL-REPORTING", "", 2, null, null, "rep", _at);

        Assert.Equal([critical, costly, annoying, same], opportunity.PainPoints.OrderBy(p => p.Priority));
        Assert.Equal([1, 2, 3, 4], opportunity.PainPoints.Select(p => p.Priority).Order());
    }

    [Fact]
    public void AnOrderTheRepSetByHandStaysWhenAPainPointIsAdded()
    {
        var opportunity = NewOpportunity();
        var heavy = opportunity.AddPainPoint("Heavy", "X", "", 5, null, null, "rep", _at);
        var light = opportunity.AddPainPoint("Light", "X", "", 1, null, null, "rep", _at);
        opportunity.MovePainPoint(light, -1);

        var middle = opportunity.AddPainPoint("Middle", "X", "", 3, null, null, "rep", _at);

        Assert.Equal([light, heavy, middle], opportunity.PainPoints.OrderBy(p => p.Priority));
    }

    [Fact]
    public void AStakeholderOfAnotherDealCannotRaiseAPainPointHere()
    {
        var other = NewOpportunity().AddStakeholder(Person.Create(1, "Li Wei", "COO", "", ""), StakeholderRole.DecisionMaker, Stance.Supporter, 4, "");

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

        var person = opportunity.AddStakeholder(Person.Create(1, "Ana Ruiz", "CFO", "", ""), StakeholderRole.EconomicBuyer, Stance.Neutral, 5, "", caresAbout: [42, 42]);

        // 42 is no pain point of this deal, so it is dropped; the person starts at version 1 all the same.
        Assert.Empty(person.CaresAbout);
        Assert.Equal(1, person.Version);
    }

    [Fact]
    public void OnePersonIsInTwoDecisionChainsWithADifferentPartInEach()
    {
        var ana = Person.Create(1, "Ana Ruiz", "CFO", "ana.ruiz@client.example", "+34 91 555 0100");
        var peak = NewOpportunity();
        var renewal = NewOpportunity();

        var buyer = peak.AddStakeholder(ana, StakeholderRole.EconomicBuyer, Stance.Neutral, 5, "");
        var influencer = renewal.AddStakeholder(ana, StakeholderRole.Influencer, Stance.Supporter, 2, "");

        Assert.Same(ana, buyer.Person);
        Assert.Same(ana, influencer.Person);
        Assert.Equal((StakeholderRole.EconomicBuyer, StakeholderRole.Influencer), (buyer.Role, influencer.Role));
        Assert.Equal("Ana Ruiz", influencer.Name);
    }

    [Fact]
    public void APersonIsInADecisionChainOnceAndOnlyInTheirOwnAccountsDeals()
    {
        var ana = Person.Create(1, "Ana Ruiz", "CFO", "", "");
        var opportunity = NewOpportunity();
        opportunity.AddStakeholder(ana, StakeholderRole.EconomicBuyer, Stance.Neutral, 5, "");

        Assert.True(opportunity.Involves(ana));
        Assert.Throws<ArgumentException>(() => opportunity.AddStakeholder(ana, StakeholderRole.Influencer, Stance.Neutral, 3, ""));
        Assert.Throws<ArgumentException>(() => opportunity.AddStakeholder(Person.Create(2, "Elsewhere", "", "", ""), StakeholderRole.User, Stance.Neutral, 3, ""));
    }

    [Fact]
    public void APersonIsFoundByTheirEmailInAnyCaseAndABlankAddressFindsNobody()
    {
        var people = new[] { Person.Create(1, "No mail", "", "", ""), Person.Create(1, "Ana Ruiz", "CFO", "Ana.Ruiz@Client.example", "") };

        Assert.Equal("Ana Ruiz", Person.WithEmail(people, " ana.ruiz@client.EXAMPLE ")?.Name);
        Assert.Null(Person.WithEmail(people, ""));
        Assert.Null(Person.WithEmail(people, "someone@client.example"));
    }

    [Fact]
    public void ChangingAPersonMovesTheirVersionOnlyWhenSomethingChanged()
    {
        var ana = Person.Create(1, "Ana Ruiz", "CFO", "", "");

        ana.Update("Ana Ruiz", "CFO", "", "");
        Assert.Equal(1, ana.Version);
        ana.Update("Ana Ruiz", "CFO", "ana@client.example", "");
        Assert.Equal((2, "ana@client.example"), (ana.Version, ana.Email));
    }

    [Theory]
    [InlineData("ruiz", true)]
    [InlineData(" ANA ", true)]
    [InlineData("ana.r", true)]
    [InlineData("client.example", false)]
    [InlineData("", false)]
    [InlineData("Li", false)]
    public void APersonIsFoundByPartOfTheirNameOrTheStartOfTheirEmail(string typed, bool found)
    {
        Assert.Equal(found, Person.Create(1, "Ana Ruiz", "CFO", "ana.ruiz@client.example", "").Matches(typed));
    }

    [Fact]
    public void AChinesePersonIsFoundByTheirSurname()
    {
        Assert.True(Person.Create(1, "王芳", "首席财务官", "", "").Matches("王"));
    }
}
