using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class DiscoveryTermsTests
{
    [Theory]
    [InlineData(StakeholderRole.EconomicBuyer, "economic-buyer")]
    [InlineData(StakeholderRole.TechnicalEvaluator, "technical-evaluator")]
    [InlineData(StakeholderRole.Champion, "champion")]
    public void RolesUseTheContractsWords(StakeholderRole role, string code)
    {
        Assert.Equal(code, DiscoveryTerms.Code(role));
        Assert.True(DiscoveryTerms.TryParse<StakeholderRole>(code, out var parsed));
        Assert.Equal(role, parsed);
    }

    [Fact]
    public void StagesUseTheContractsWords()
    {
        Assert.Equal("discovery, solution-design, proposal, negotiation, won, lost", DiscoveryTerms.AllCodes<OpportunityStage>());
    }

    [Theory]
    [InlineData("closing")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownWordsAreRefused(string? code)
    {
        Assert.False(DiscoveryTerms.TryParse<OpportunityStage>(code, out _));
    }
}
