using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class CurrencyCodeTests
{
    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("CNY", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    public void AKnownCodeIsACurrencyWithItsMinorUnit(string code, int minorUnits)
    {
        var currency = CurrencyCode.From(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal(code, currency.ToString());
        Assert.Equal(CurrencyCode.From(code), currency);
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData(" EUR")]
    [InlineData("")]
    [InlineData(null)]
    public void AnUnknownCodeCannotBecomeACurrency(string? code)
    {
        Assert.False(CurrencyCode.TryFrom(code, out var currency));
        Assert.Null(currency);
        Assert.Throws<ArgumentException>(() => CurrencyCode.From(code));
    }

    [Fact]
    public void EveryCodeTheAppKnowsIsACurrency()
    {
        Assert.All(Currency.Codes, code => Assert.True(CurrencyCode.TryFrom(code, out _)));
    }
}
