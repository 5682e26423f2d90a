using System.Globalization;
using System.Text;
using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Amounts;

/// <summary>
/// Reads an amount of money as people type it: "45k", "€30,000", "30 000", "1.2m", "30,000.50",
/// "¥220,000", "22万", "1.5亿", "EUR 45,000". The one parser every money field of a page goes through.
/// <para>Separators: spaces, apostrophes and a comma or dot between groups of three digits group
/// thousands. When both a comma and a dot appear, the last one is the decimal separator
/// ("30.000,50" and "30,000.50" are both 30000.50). A lone comma or dot followed by exactly three
/// digits groups thousands ("30.000" and "30,000" are 30000: money has no thousandths), otherwise it is
/// the decimal separator ("30,5" is 30.5); after a multiplier ("1.250k") it is always decimal.</para>
/// <para>A currency symbol or code must be the amount's own currency: "$" on a EUR deal is refused.</para>
/// </summary>
public static class AmountText
{
    private static readonly (string Mark, string[] Currencies)[] _currencyMarks =
    [
        ("US$", ["USD"]), ("CN¥", ["CNY"]), ("RMB", ["CNY"]), ("A$", ["AUD"]), ("C$", ["CAD"]), ("HK$", ["HKD"]), ("NZ$", ["NZD"]), ("S$", ["SGD"]),
        ("€", ["EUR"]), ("£", ["GBP"]), ("¥", ["CNY", "JPY"]), ("￥", ["CNY", "JPY"]), ("元", ["CNY"]), ("块", ["CNY"]), ("円", ["JPY"]),
        ("₩", ["KRW"]), ("₹", ["INR"]), ("₺", ["TRY"]), ("₪", ["ILS"]), ("₫", ["VND"]), ("zł", ["PLN"]), ("Kč", ["CZK"]), ("R$", ["BRL"]),
        ("$", ["USD", "AUD", "CAD", "HKD", "MXN", "NZD", "SGD", "TWD", "CLP", "COP"]),
    ];

    private static readonly (string Suffix, decimal Factor)[] _multipliers =
    [
        ("亿", 100_000_000m), ("万", 10_000m), ("千", 1_000m), ("bn", 1_000_000_000m), ("mn", 1_000_000m), ("mio", 1_000_000m), ("k", 1_000m), ("m", 1_000_000m),
    ];

    /// <summary>Reads <paramref name="text"/> as an amount in <paramref name="currency"/> (an ISO code); empty text is no amount.</summary>
    public static AmountReading Read(string? text, string? currency)
    {
        var rest = Normalised(text);
        if (rest.Length == 0)
        {
            return AmountReading.Empty;
        }
        if (rest[0] is '-' or '(' || rest.EndsWith('-'))
        {
            return AmountReading.Refused(AmountProblem.Negative);
        }
        string? written = null;
        string[]? writtenAs = null;
        if (TakeCurrency(ref rest, out var code, out var currencies))
        {
            written = code;
            writtenAs = currencies;
            if (rest.Length > 0 && rest[0] == '-')
            {
                return AmountReading.Refused(AmountProblem.Negative);
            }
        }
        var factor = 1m;
        foreach (var (suffix, value) in _multipliers)
        {
            if (rest.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                factor = value;
                rest = rest[..^suffix.Length].TrimEnd();
                break;
            }
        }
        if (written is null && TakeCurrency(ref rest, out code, out currencies))
        {
            written = code;
            writtenAs = currencies;
        }
        if (writtenAs is not null && currency is not null && Currency.IsKnown(currency) && !writtenAs.Contains(currency, StringComparer.Ordinal))
        {
            return AmountReading.Refused(AmountProblem.OtherCurrency, written);
        }
        if (Number(rest, multiplied: factor != 1m) is not { } number)
        {
            return AmountReading.Refused(AmountProblem.Unreadable);
        }
        var amount = number * factor;
        if (amount > CatalogueLimits.MaxAmount)
        {
            return AmountReading.Refused(AmountProblem.TooLarge);
        }
        var decimals = currency is not null && Currency.IsKnown(currency) ? Currency.MinorUnits(currency) : 2;
        if (Math.Round(amount, decimals) != amount)
        {
            return AmountReading.Refused(AmountProblem.TooManyDecimals);
        }
        return new AmountReading(amount, null, written);
    }

    /// <summary>Full-width digits and punctuation (Chinese and Japanese keyboards) as ASCII; every kind of space as one.</summary>
    private static string Normalised(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        foreach (var c in (text ?? "").Trim())
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '，' => ',',
                '．' or '。' => '.',
                '－' or '−' or '–' => '-',
                '’' or '\'' => '\'',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }
        return builder.ToString().Trim();
    }

    /// <summary>Takes a currency symbol or ISO code off the start or the end of the text.</summary>
    private static bool TakeCurrency(ref string rest, out string? written, out string[]? currencies)
    {
        foreach (var (mark, marked) in _currencyMarks)
        {
            if (rest.StartsWith(mark, StringComparison.Ordinal) || rest.EndsWith(mark, StringComparison.Ordinal))
            {
                rest = (rest.StartsWith(mark, StringComparison.Ordinal) ? rest[mark.Length..] : rest[..^mark.Length]).Trim();
                written = mark;
                currencies = marked;
                return true;
            }
        }
        if (rest.Length > 3)
        {
            foreach (var candidate in new[] { rest[..3], rest[^3..] })
            {
                var iso = candidate.ToUpperInvariant();
                if (Currency.IsKnown(iso) && candidate.All(char.IsAsciiLetter))
                {
                    rest = (rest.StartsWith(candidate, StringComparison.Ordinal) ? rest[3..] : rest[..^3]).Trim();
                    written = iso;
                    currencies = [iso];
                    return true;
                }
            }
        }
        written = null;
        currencies = null;
        return false;
    }

    /// <summary>Digits with group and decimal separators, as the rules above read them; null when they do not.</summary>
    private static decimal? Number(string text, bool multiplied)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]) && text[0] is not ('.' or ','))
        {
            return null;
        }
        if (text.Any(c => !char.IsAsciiDigit(c) && c is not (',' or '.' or ' ' or '\'')))
        {
            return null;
        }
        var lastComma = text.LastIndexOf(',');
        var lastDot = text.LastIndexOf('.');
        var decimalAt = -1;
        if (lastComma >= 0 && lastDot >= 0)
        {
            decimalAt = Math.Max(lastComma, lastDot);
        }
        else if (lastComma >= 0 || lastDot >= 0)
        {
            var mark = lastComma >= 0 ? ',' : '.';
            var at = Math.Max(lastComma, lastDot);
            var once = text.IndexOf(mark) == at;
            var digitsAfter = text.Length - at - 1;
            if (once && (multiplied || digitsAfter != 3 || text.Contains(' ') || text.Contains('\'')))
            {
                decimalAt = at;
            }
        }
        var whole = decimalAt >= 0 ? text[..decimalAt] : text;
        var fraction = decimalAt >= 0 ? text[(decimalAt + 1)..] : "";
        if (fraction.Any(c => !char.IsAsciiDigit(c)) || decimalAt >= 0 && fraction.Length == 0)
        {
            return null;
        }
        var groups = whole.Split([',', '.', ' ', '\'']);
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return null;
        }
        var digits = string.Concat(groups);
        if (digits.Length == 0)
        {
            digits = "0";
        }
        if (digits.Length > 20)
        {
            return null;
        }
        return decimal.Parse(fraction.Length > 0 ? $"{digits}.{fraction}" : digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
