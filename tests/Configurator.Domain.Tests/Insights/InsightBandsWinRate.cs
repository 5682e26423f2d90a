using Configurator.Domain.Insights;

namespace Configurator.Domain.Tests.Insights;

public sealed class InsightBandsWinRate
{
    [Fact]
    public void IsWonOverDecided() => Assert.Equal(0.75m, InsightBands.WinRate(3, 1));

    [Fact]
    public void IsNullWhenNothingWasDecided() => Assert.Null(InsightBands.WinRate(0, 0));

    [Fact]
    public void IsZeroWhenAllWereLost() => Assert.Equal(0m, InsightBands.WinRate(0, 4));
}
