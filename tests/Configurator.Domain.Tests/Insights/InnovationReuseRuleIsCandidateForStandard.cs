using Configurator.Domain.Insights;

namespace Configurator.Domain.Tests.Insights;

public sealed class InnovationReuseRuleIsCandidateForStandard
{
    [Fact]
    public void IsACandidateWhenUsedOftenInSeveralIndustriesAndWon() =>
        Assert.True(InnovationReuseRule.IsCandidateForStandard(proposals: 3, won: 1, industries: 2));

    [Theory]
    [InlineData(2, 1, 2)]
    [InlineData(5, 0, 3)]
    [InlineData(5, 2, 1)]
    public void IsNotACandidateShortOfAnyThreshold(int proposals, int won, int industries) =>
        Assert.False(InnovationReuseRule.IsCandidateForStandard(proposals, won, industries));
}
