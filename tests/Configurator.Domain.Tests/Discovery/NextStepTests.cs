using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class NextStepTests
{
    private static readonly DateOnly _today = new(2026, 11, 29);

    [Fact]
    public void IsOverdueOnceTheDueDateHasPassedWhileTheDealIsOpen()
    {
        var step = new NextStep("Call the CFO", _today.AddDays(-1));
        Assert.True(step.IsOverdue(_today, OpportunityStage.Proposal));
        Assert.False(step.IsOverdue(_today, OpportunityStage.Won));
        Assert.False(new NextStep("Call the CFO", _today).IsOverdue(_today, OpportunityStage.Discovery));
    }

    [Fact]
    public void ValidationWantsTextAndDateTogetherAndShortText()
    {
        Assert.Empty(DiscoveryValidation.NextStep(null, null));
        Assert.Empty(DiscoveryValidation.NextStep("Call the CFO", _today));
        Assert.Equal("nextStepDue", Assert.Single(DiscoveryValidation.NextStep("Call the CFO", null)).Field);
        Assert.Equal("nextStep", Assert.Single(DiscoveryValidation.NextStep("  ", _today)).Field);
        Assert.Equal("nextStep", Assert.Single(DiscoveryValidation.NextStep(new string('x', DiscoveryLimits.NextStepMaxLength + 1), _today)).Field);
    }

    [Fact]
    public void SettingTheSameStepAgainChangesNothing()
    {
        var opportunity = Opportunity.Create(1, "Peak", OpportunityStage.Discovery, null, null, CurrencyCode.From("EUR"), [], "rep", DateTimeOffset.UnixEpoch);
        var step = new NextStep("Call the CFO", _today);

        Assert.True(opportunity.SetNextStep(step));
        Assert.False(opportunity.SetNextStep(step with { }));
        Assert.Equal(2, opportunity.Version);
        Assert.True(opportunity.SetNextStep(null));
        Assert.Null(opportunity.NextStep);
    }
}
