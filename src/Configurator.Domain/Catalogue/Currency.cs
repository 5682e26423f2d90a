namespace Configurator.Domain.Catalogue;

/// <summary>
/// ISO 4217 currencies the app accepts, with their minor units (the number of decimals amounts
/// round to). The one place that knows that a yen has no cents; <see cref="CurrencyCode"/> and
/// <see cref="Money"/> read it.
/// </summary>
public static class Currency
{
    // Code and decimals; most currencies have 2.
    private const string MinorUnitTable =
        "AED 2 AUD 2 BGN 2 BRL 2 CAD 2 CHF 2 CLP 0 CNY 2 COP 2 CZK 2 DKK 2 EGP 2 EUR 2 GBP 2 HKD 2 HUF 2 " +
        "IDR 2 ILS 2 INR 2 ISK 0 JPY 0 KRW 0 KWD 3 MXN 2 MYR 2 NOK 2 NZD 2 PHP 2 PLN 2 QAR 2 RON 2 SAR 2 " +
        "SEK 2 SGD 2 THB 2 TRY 2 TWD 2 UAH 2 USD 2 VND 0 ZAR 2";

    private static readonly Dictionary<string, int> _minorUnits = MinorUnitTable
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Chunk(2)
        .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Codes => _minorUnits.Keys;

    public static bool IsKnown(string? code) => code is not null && _minorUnits.ContainsKey(code);

    /// <summary>Decimals an amount in this currency has: 2 for EUR, 0 for JPY and KRW.</summary>
    public static int MinorUnits(string code) =>
        _minorUnits.TryGetValue(code, out var units) ? units : throw new ArgumentException($"Unknown currency {code}.", nameof(code));

    /// <summary>"EUR 1,234.50", "JPY 1,235": the amount with the currency's own number of decimals.</summary>
    public static string Format(decimal amount, string code) =>
        $"{code} {amount.ToString("N" + (IsKnown(code) ? MinorUnits(code) : 2).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)}";
}
