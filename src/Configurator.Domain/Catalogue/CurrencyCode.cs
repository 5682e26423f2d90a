using System.Diagnostics.CodeAnalysis;

namespace Configurator.Domain.Catalogue;

/// <summary>
/// A currency the app knows (one of <see cref="Currency.Codes"/>), with its minor unit. An unknown code
/// cannot become one, so nothing that holds a <see cref="CurrencyCode"/> needs a fallback.
/// </summary>
public sealed record CurrencyCode
{
    private static readonly Dictionary<string, CurrencyCode> _known = Currency.Codes
        .ToDictionary(code => code, code => new CurrencyCode(code, Currency.MinorUnits(code)), StringComparer.Ordinal);

    private CurrencyCode(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
    }

    /// <summary>The ISO 4217 code, upper case: "EUR".</summary>
    public string Code { get; }

    /// <summary>Decimals an amount in this currency has: 2 for EUR, 0 for JPY, 3 for KWD.</summary>
    public int MinorUnits { get; }

    /// <summary>The currency; a code the app does not know is a bug here (input is checked with <see cref="TryFrom"/> first).</summary>
    public static CurrencyCode From(string? code) => TryFrom(code, out var currency)
        ? currency
        : throw new ArgumentException($"'{code}' is not a currency the app knows.", nameof(code));

    public static bool TryFrom(string? code, [NotNullWhen(true)] out CurrencyCode? currency)
    {
        currency = code is null ? null : _known.GetValueOrDefault(code);
        return currency is not null;
    }

    // The code is all a currency is on the wire and in storage; handing it on as text loses nothing.
    public static implicit operator string(CurrencyCode currency) => currency.Code;

    public override string ToString() => Code;
}
