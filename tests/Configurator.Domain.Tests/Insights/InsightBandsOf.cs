using Configurator.Domain.Insights;

namespace Configurator.Domain.Tests.Insights;

public sealed class InsightBandsOf
{
    [Theory]
    [InlineData(0, "0-15")]
    [InlineData(14.99, "0-15")]
    [InlineData(15, "15-30")]
    [InlineData(29.99, "15-30")]
    [InlineData(30, "30-50")]
    [InlineData(50, "50-100")]
    [InlineData(100, "50-100")]
    public void TakesTheLowerBoundAndTheLastBandItsUpperBound(double percent, string band) =>
        Assert.Equal(band, InsightBands.Of(InsightBands.Differentiation, (decimal)percent).Code);

    [Theory]
    [InlineData(4.99, "0-5")]
    [InlineData(5, "5-10")]
    [InlineData(10, "10-20")]
    [InlineData(20, "20-100")]
    public void BandsDiscountsTheSameWay(double percent, string band) =>
        Assert.Equal(band, InsightBands.Of(InsightBands.Discount, (decimal)percent).Code);

    [Fact]
    public void HoldsValuesOutsideTheRangeToTheNearestBand()
    {
        Assert.Equal("0-15", InsightBands.Of(InsightBands.Differentiation, -3m).Code);
        Assert.Equal("50-100", InsightBands.Of(InsightBands.Differentiation, 130m).Code);
    }
}
