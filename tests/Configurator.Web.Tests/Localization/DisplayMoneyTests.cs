using System.Globalization;
using Configurator.Web.Localization;

namespace Configurator.Web.Tests.Localization;

/// <summary>The one money formatter: a loss carries its minus before the currency sign, in either language.</summary>
public sealed class DisplayMoneyTests
{
    [Theory]
    [InlineData(-813262.5, "CNY", "zh-CN", "-¥813,262.50")]
    [InlineData(813262.5, "CNY", "zh-CN", "¥813,262.50")]
    [InlineData(-0.004, "CNY", "zh-CN", "¥0.00")]
    [InlineData(-813262.5, "CNY", "en", "CNY -813,262.50")]
    [InlineData(-1234.5, "EUR", "zh-CN", "EUR -1,234.50")]
    [InlineData(-1234.5, "EUR", "en", "EUR -1,234.50")]
    public void MoneyPutsTheMinusBeforeTheYuanSign(decimal amount, string currency, string language, string expected) =>
        Assert.Equal(expected, Display.Money(amount, currency, language));

    [Theory]
    [InlineData("zh-CN", -8000.4, "-¥8,000")]
    [InlineData("zh-CN", 8000.4, "¥8,000")]
    [InlineData("en", -8000.4, "CNY -8,000")]
    public void WholeMoneyPutsTheMinusBeforeTheYuanSignForTheReader(string culture, decimal amount, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            Assert.Equal(expected, Display.WholeMoney(amount, "CNY"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
