using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class MoneyTests
{
    private static readonly CurrencyCode _eur = CurrencyCode.From("EUR");
    private static readonly CurrencyCode _cny = CurrencyCode.From("CNY");

    [Theory]
    [InlineData(10.005, "EUR", 10.01)]
    [InlineData(10.004, "EUR", 10.00)]
    [InlineData(-10.005, "EUR", -10.01)]
    [InlineData(1234.5, "JPY", 1235)]
    [InlineData(1234.4, "JPY", 1234)]
    [InlineData(1234.4, "KRW", 1234)]
    [InlineData(0.0005, "KWD", 0.001)]
    [InlineData(1.0004, "KWD", 1.000)]
    public void OfRoundsToTheMinorUnitMidpointAwayFromZero(decimal amount, string currency, decimal expected)
    {
        var money = Money.Of(amount, CurrencyCode.From(currency));

        Assert.Equal(expected, money.Amount);
        Assert.Equal(currency, money.Currency.Code);
    }

    [Fact]
    public void JpyHasNoDecimalsAndKwdHasThree()
    {
        Assert.Equal("JPY 1,235", Money.Of(1234.5m, CurrencyCode.From("JPY")).ToString());
        Assert.Equal("KWD 1.001", Money.Of(1.0005m, CurrencyCode.From("KWD")).ToString());
        Assert.Equal("EUR 1,234.50", Money.Of(1234.5m, _eur).ToString());
    }

    [Fact]
    public void AmountsInOneCurrencyAddSubtractAndCompare()
    {
        var a = Money.Of(10.10m, _eur);
        var b = Money.Of(0.25m, _eur);

        Assert.Equal(Money.Of(10.35m, _eur), a + b);
        Assert.Equal(Money.Of(9.85m, _eur), a - b);
        Assert.Equal(a.Plus(b), a + b);
        Assert.True(b < a);
        Assert.True(a >= Money.Of(10.1m, _eur));
        Assert.Equal(Money.Of(10.35m, _eur), Money.Sum([a, b], _eur));
        Assert.Equal(Money.Zero(_eur), Money.Sum([], _eur));
    }

    [Fact]
    public void MultiplyingByAWholeNumberIsExactAndADiscountRounds()
    {
        var unit = Money.Of(0.25m, _eur);

        Assert.Equal(Money.Of(0.75m, _eur), unit * 3);
        Assert.Equal(Money.Of(0.13m, _eur), unit.DiscountedBy(Percentage.From(50m)));
        Assert.Equal(Money.Zero(_eur), unit.DiscountedBy(Percentage.From(100m)));
        Assert.Equal(Money.Of(949m, CurrencyCode.From("JPY")), Money.Of(999m, CurrencyCode.From("JPY")).DiscountedBy(Percentage.From(5m)));
    }

    [Fact]
    public void AmountsInDifferentCurrenciesNeverMeet()
    {
        var euros = Money.Of(10m, _eur);
        var yuan = Money.Of(10m, _cny);

        Assert.Throws<InvalidOperationException>(() => euros + yuan);
        Assert.Throws<InvalidOperationException>(() => euros - yuan);
        Assert.Throws<InvalidOperationException>(() => euros < yuan);
        Assert.Throws<InvalidOperationException>(() => euros.DividedBy(yuan));
        Assert.Throws<InvalidOperationException>(() => Money.Sum([euros, yuan], _eur));
        Assert.NotEqual(euros, yuan);
    }

    [Fact]
    public void ARatioOfTwoAmountsIsAPlainNumberAndDividingByZeroThrows()
    {
        Assert.Equal(0.25m, Money.Of(25m, _eur).DividedBy(Money.Of(100m, _eur)));
        Assert.Throws<DivideByZeroException>(() => Money.Of(25m, _eur).DividedBy(Money.Zero(_eur)));
    }

    [Fact]
    public void AnAmountTooLargeToCalculateOverflowsRatherThanWrapping()
    {
        var huge = Money.Of(decimal.MaxValue, _eur);

        Assert.Throws<OverflowException>(() => huge + huge);
        Assert.Throws<OverflowException>(() => huge * 2);
    }
}
