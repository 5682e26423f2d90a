using Configurator.Domain.Amounts;

namespace Configurator.Domain.Tests.Amounts;

public sealed class AmountTextReadTests
{
    [Theory]
    [InlineData("45k", "EUR", "45000")]
    [InlineData("45 K", "EUR", "45000")]
    [InlineData("€30,000", "EUR", "30000")]
    [InlineData("30,000 €", "EUR", "30000")]
    [InlineData("EUR 45,000", "EUR", "45000")]
    [InlineData("45000eur", "EUR", "45000")]
    [InlineData("30 000", "EUR", "30000")]
    [InlineData("30\u202F000", "EUR", "30000")]
    [InlineData("30'000", "CHF", "30000")]
    [InlineData("1.2m", "EUR", "1200000")]
    [InlineData("1,2 Mio", "EUR", "1200000")]
    [InlineData("1bn", "USD", "1000000000")]
    [InlineData("30,000.50", "EUR", "30000.50")]
    [InlineData("30.000,50", "EUR", "30000.50")]
    [InlineData("1,000,000", "EUR", "1000000")]
    [InlineData("1.000.000", "EUR", "1000000")]
    [InlineData("30.000", "EUR", "30000")]
    [InlineData("30,5", "EUR", "30.5")]
    [InlineData("30.50", "EUR", "30.50")]
    [InlineData("1.250k", "EUR", "1250")]
    [InlineData("¥220,000", "CNY", "220000")]
    [InlineData("￥２２０，０００", "CNY", "220000")]
    [InlineData("¥1,500", "JPY", "1500")]
    [InlineData("22万", "CNY", "220000")]
    [InlineData("22万元", "CNY", "220000")]
    [InlineData("1.5亿", "CNY", "150000000")]
    [InlineData("$30,000", "USD", "30000")]
    [InlineData("US$ 30k", "USD", "30000")]
    [InlineData("0", "EUR", "0")]
    public void ReadsAmountsAsPeopleTypeThem(string text, string currency, string expected)
    {
        var reading = AmountText.Read(text, currency);

        Assert.Null(reading.Problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Amount);
    }

    [Theory]
    [InlineData("45kk", AmountProblem.Unreadable)]
    [InlineData("abc", AmountProblem.Unreadable)]
    [InlineData("1e9", AmountProblem.Unreadable)]
    [InlineData("k", AmountProblem.Unreadable)]
    [InlineData("EUR", AmountProblem.Unreadable)]
    [InlineData("3,00,0", AmountProblem.Unreadable)]
    [InlineData("12 34", AmountProblem.Unreadable)]
    [InlineData("30.000.5", AmountProblem.Unreadable)]
    [InlineData("45k 3", AmountProblem.Unreadable)]
    [InlineData("-5", AmountProblem.Negative)]
    [InlineData("−5", AmountProblem.Negative)]
    [InlineData("€-5", AmountProblem.Negative)]
    [InlineData("(500)", AmountProblem.Negative)]
    [InlineData("2bn 1", AmountProblem.Unreadable)]
    [InlineData("1.5bn", AmountProblem.TooLarge)]
    [InlineData("99999999999", AmountProblem.TooLarge)]
    [InlineData("30.505,125", AmountProblem.TooManyDecimals)]
    [InlineData("$30,000", AmountProblem.OtherCurrency)]
    [InlineData("£30,000", AmountProblem.OtherCurrency)]
    [InlineData("22万元", AmountProblem.OtherCurrency)]
    [InlineData("USD 30,000", AmountProblem.OtherCurrency)]
    public void RefusesWhatIsNotAnAmountInTheDealsCurrency(string text, AmountProblem problem)
    {
        var reading = AmountText.Read(text, "EUR");

        Assert.Equal(problem, reading.Problem);
        Assert.Null(reading.Amount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyFieldIsNoAmountAndNoProblem(string? text)
    {
        var reading = AmountText.Read(text, "EUR");

        Assert.True(reading.IsEmpty);
    }

    [Fact]
    public void ACurrencyWithoutMinorUnitsTakesNoDecimals()
    {
        Assert.Equal(AmountProblem.TooManyDecimals, AmountText.Read("1.5", "JPY").Problem);
        Assert.Equal(1500m, AmountText.Read("1.5k", "JPY").Amount);
    }

    [Fact]
    public void ACurrencyMarkThatContradictsTheCurrencyNamesWhatWasWritten()
    {
        var reading = AmountText.Read("$30,000", "EUR");

        Assert.Equal(AmountProblem.OtherCurrency, reading.Problem);
        Assert.Equal("$", reading.WrittenCurrency);
    }
}
