using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class DiscoveryValidationNewOpportunity
{
    private static OpportunityDetails Deal(int competitors) => new("Peak readiness", null, null, [.. Enumerable.Range(1, competitors).Select(i => $"Rival {i}")]);

    [Fact]
    public void KeepsTheMostCompetitorsAndRefusesOneMoreAsOneIssueAtTheList()
    {
        Assert.Empty(DiscoveryValidation.NewOpportunity(Deal(DiscoveryLimits.MaxCompetitors), "EUR", null));

        var issue = Assert.Single(DiscoveryValidation.NewOpportunity(Deal(200_000) with { Competitors = [.. Enumerable.Repeat<string?>(" ", 200_000)] }, "EUR", null));

        Assert.Equal(("competitors", DiscoveryIssueCodes.TooMany), (issue.Field, issue.Code));
        Assert.Equal($"At most {DiscoveryLimits.MaxCompetitors} competitors; this has 200000.", issue.Message);
    }

    [Theory]
    [InlineData("won")]
    [InlineData("lost")]
    public void RefusesADecidedStageUnlessImported(string stage)
    {
        var issue = Assert.Single(DiscoveryValidation.NewOpportunity(Deal(0), "EUR", stage));

        Assert.Equal(("stage", DiscoveryIssueCodes.PlaybookSkipped), (issue.Field, issue.Code));
        Assert.Empty(DiscoveryValidation.NewOpportunity(Deal(0), "EUR", stage, import: true));
        Assert.Empty(DiscoveryValidation.NewOpportunity(Deal(0), "EUR", "negotiation"));
    }

    [Fact]
    public void RoomForPainPointsAndPeopleEndsAtTheirBounds()
    {
        Assert.Null(DiscoveryValidation.RoomForPainPoint(DiscoveryLimits.MaxPainPoints - 1));
        Assert.Contains("the most it keeps", DiscoveryValidation.RoomForPainPoint(DiscoveryLimits.MaxPainPoints));
        Assert.Null(DiscoveryValidation.RoomForStakeholder(DiscoveryLimits.MaxStakeholders - 1));
        Assert.Contains("the most it keeps", DiscoveryValidation.RoomForStakeholder(DiscoveryLimits.MaxStakeholders));
    }
}
