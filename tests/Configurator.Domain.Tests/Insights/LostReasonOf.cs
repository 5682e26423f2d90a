using Configurator.Domain.Insights;
using Configurator.Domain.Portal;

namespace Configurator.Domain.Tests.Insights;

public sealed class LostReasonOf
{
    [Fact]
    public void IsTheClientsDeclineReason() => Assert.Equal("no-budget", LostReason.Of(DeclineReason.NoBudget));

    [Fact]
    public void IsTheTeamsWhenTheClientDidNotDeclineOnline() => Assert.Equal(LostReason.ByTheTeam, LostReason.Of(null));

    [Fact]
    public void ListsTheClientsReasonsThenTheTeams() => Assert.Equal(LostReason.ByTheTeam, LostReason.All[^1]);
}
