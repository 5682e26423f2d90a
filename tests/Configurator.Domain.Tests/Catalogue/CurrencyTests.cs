using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("EUR", true)]
    [InlineData("CNY", true)]
    [InlineData("eur", false)]
    [InlineData("XYZ", false)]
    [InlineData(null, false)]
    public void KnowsIsoCodes(string? code, bool known)
    {
        Assert.Equal(known, Currency.IsKnown(code));
    }

    [Theory]
    [InlineData("1234.5", "EUR", "EUR 1,234.50")]
    [InlineData("1234.5", "JPY", "JPY 1,235")]
    [InlineData("1.0005", "KWD", "KWD 1.001")]
    public void AmountsAreShownWithTheCurrencysDecimals(string amount, string code, string shown)
    {
        Assert.Equal(shown, Currency.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code));
    }
}
