using Configurator.Domain.Insights;

namespace Configurator.Domain.Tests.Insights;

public sealed class BandOutcomeAverage
{
    private static readonly InsightBand _band = InsightBands.Differentiation[2];

    [Fact]
    public void AveragesTheDiscountOverWonAndLost() =>
        Assert.Equal(4.17m, new BandOutcome(_band, 2, 1, 12.5m).AverageDiscountPercent);

    [Fact]
    public void HasNoAverageOrRateWhenNothingWasDecided()
    {
        var empty = new BandOutcome(_band, 0, 0, 0m);
        Assert.Null(empty.AverageDiscountPercent);
        Assert.Null(empty.WinRate);
    }

    [Fact]
    public void CompleteListsEveryBandInOrder()
    {
        var bands = BandOutcome.Complete(InsightBands.Differentiation, [new BandOutcome(_band, 1, 0, 3m)]);
        Assert.Equal(["0-15", "15-30", "30-50", "50-100"], bands.Select(b => b.Band.Code));
        Assert.Equal([0, 0, 1, 0], bands.Select(b => b.Decided));
    }
}
