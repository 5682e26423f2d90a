using System.Globalization;
using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class PercentageTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("12.5")]
    [InlineData("100")]
    public void ZeroToAHundredIsAPercentage(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.True(Percentage.TryFrom(value, out var percentage));
        Assert.Equal(value, percentage.Value);
        Assert.Equal(value / 100m, Percentage.From(value).Fraction);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.5")]
    [InlineData("-100")]
    public void AnythingElseIsRefused(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.False(Percentage.IsValid(value));
        Assert.False(Percentage.TryFrom(value, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.From(value));
    }

    [Fact]
    public void TheDefaultIsZeroPercent()
    {
        Assert.Equal(Percentage.Zero, default);
        Assert.Equal(0m, default(Percentage).Value);
    }

    [Fact]
    public void PercentagesCompareAndShowTheirPoints()
    {
        Assert.True(Percentage.From(15.5m) > Percentage.From(15m));
        Assert.True(Percentage.From(15m) <= Percentage.From(15m));
        Assert.Equal("12.5%", Percentage.From(12.5m).ToString());
        Assert.Equal("12.5", Percentage.From(12.5m).ToString("0.##", CultureInfo.InvariantCulture));
    }
}
