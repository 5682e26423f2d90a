using Configurator.Domain.Insights;

namespace Configurator.Domain.Tests.Insights;

public sealed class OutcomeReadingOf
{
    private static IReadOnlyList<BandOutcome> Bands(params (int Won, int Lost)[] counts) =>
        counts.Select((c, i) => new BandOutcome(InsightBands.Differentiation[i], c.Won, c.Lost, (c.Won + c.Lost) * 5m)).ToList();

    [Fact]
    public void SaysNothingUnderTheMinimumDecided() =>
        Assert.Null(OutcomeReading.Of(Bands((1, 2), (0, 0), (2, 0), (0, 0))));

    [Fact]
    public void NeedsTwoBandsWithEnoughDecided() =>
        Assert.Null(OutcomeReading.Of(Bands((0, 0), (5, 2), (1, 0), (0, 0))));

    [Fact]
    public void ComparesTheMostAndLeastDifferentiatedBandsWithEnough()
    {
        var reading = OutcomeReading.Of(Bands((1, 4), (1, 1), (5, 2), (0, 1)));
        Assert.NotNull(reading);
        Assert.Equal("30-50", reading.Higher.Band.Code);
        Assert.Equal("0-15", reading.Lower.Band.Code);
        Assert.True(reading.HigherWinsMoreOften);
    }
}
