using System.Globalization;

namespace Configurator.Domain.Catalogue;

/// <summary>
/// A share from 0 to 100 percent, as discounts and discount limits are given (15 is 15%). Nothing else
/// can be made, so a consumer never clamps; <c>default</c> is 0%.
/// </summary>
public readonly record struct Percentage : IComparable<Percentage>, IFormattable
{
    public const decimal MinValue = 0m;
    public const decimal MaxValue = 100m;

    private Percentage(decimal value) => Value = value;

    public static Percentage Zero => default;

    /// <summary>Percent points: 15 for 15%.</summary>
    public decimal Value { get; }

    /// <summary>The share as a fraction: 0.15 for 15%.</summary>
    public decimal Fraction => Value / 100m;

    public static bool IsValid(decimal value) => value is >= MinValue and <= MaxValue;

    /// <summary>The percentage; a value outside 0–100 is a bug here (input is checked with <see cref="TryFrom"/> or <see cref="IsValid"/> first).</summary>
    public static Percentage From(decimal value) => IsValid(value)
        ? new Percentage(value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"A percentage is {MinValue} to {MaxValue}.");

    public static bool TryFrom(decimal value, out Percentage percentage)
    {
        percentage = IsValid(value) ? new Percentage(value) : default;
        return IsValid(value);
    }

    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;

    // Widening: every percentage is a number of percent points, as the API and the documents show it.
    public static implicit operator decimal(Percentage percentage) => percentage.Value;

    /// <summary>The percent points in <paramref name="format"/>, in the current culture, as <see cref="decimal.ToString(string)"/> would.</summary>
    public string ToString(string? format) => Value.ToString(format, CultureInfo.CurrentCulture);

    /// <summary>The percent points in <paramref name="format"/>: <c>ToString("0.##", CultureInfo.InvariantCulture)</c> is "12.5".</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format, formatProvider);

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
