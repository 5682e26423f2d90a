using System.Globalization;
using Configurator.Domain.Catalogue;

namespace Configurator.Web.Localization;

/// <summary>
/// Dates, numbers and money as the reader's language writes them: "27 Nov 2026" / "2026年11月27日",
/// "EUR 1,234.50" / "¥1,234.50" (the currency decides the sign; the language decides the style).
/// </summary>
public static class Display
{
    private static bool Chinese => Languages.IsChinese(CultureInfo.CurrentUICulture);

    public static string Date(DateOnly date) => Chinese
        ? $"{date.Year}年{date.Month}月{date.Day}日"
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Date(DateTimeOffset? at) => at is { } a ? Date(a) : "—";

    /// <summary>Date and time, in UTC (the app's clock), e.g. "27 Nov 2026 14:05".</summary>
    public static string DateTime(DateTimeOffset at) =>
        $"{Date(at)} {at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static string Number(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    public static string Money(decimal amount, string currency) => Money(amount, currency, Languages.Current);

    /// <summary>
    /// An amount as a text in <paramref name="language"/> writes it, whatever the reader's language (a document's amounts follow the document).
    /// A loss carries its sign before the currency sign: "-¥813,262.50", never "¥-813,262.50".
    /// </summary>
    public static string Money(decimal amount, string currency, string language)
    {
        if (language == Languages.Chinese && currency == "CNY")
        {
            return Yuan(amount, Currency.MinorUnits(currency));
        }
        return Currency.Format(amount, currency);
    }

    public static string Money(Money money) => Money(money.Amount, money.Currency.Code);

    /// <summary>A whole-unit amount for stats and lists ("EUR 45,000", "¥220,000", "-¥8,000").</summary>
    public static string WholeMoney(decimal amount, string currency) => Chinese && currency == "CNY"
        ? Yuan(amount, 0)
        : $"{currency} {amount.ToString("N0", CultureInfo.InvariantCulture)}";

    // The one place the yuan sign is written: the minus goes before it.
    private static string Yuan(decimal amount, int decimals)
    {
        var digits = Math.Abs(amount).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // A loss that rounds to zero shows no sign.
        return amount < 0 && digits.Any(c => c is >= '1' and <= '9') ? "-¥" + digits : "¥" + digits;
    }
}
