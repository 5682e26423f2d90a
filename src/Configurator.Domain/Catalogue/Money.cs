namespace Configurator.Domain.Catalogue;

/// <summary>
/// An amount in a known currency, always in whole minor units (cents for EUR, yen for JPY, fils for KWD):
/// <see cref="Of"/> rounds, midpoint away from zero as the API contract fixes, and is the one place amounts
/// round. Amounts in different currencies never meet: adding EUR to CNY is a bug and throws. Decimal
/// arithmetic throws <see cref="OverflowException"/> on overflow, which the evaluator turns into an issue.
/// </summary>
public sealed record Money : IComparable<Money>
{
    private Money(decimal amount, CurrencyCode currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public CurrencyCode Currency { get; }

    public bool IsZero => Amount == 0m;

    /// <summary>The amount rounded to the currency's minor unit, midpoint away from zero: EUR 10.005 is EUR 10.01, JPY 1234.5 is JPY 1235.</summary>
    public static Money Of(decimal amount, CurrencyCode currency) =>
        new(Math.Round(amount, currency.MinorUnits, MidpointRounding.AwayFromZero), currency);

    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    /// <summary>The sum of <paramref name="amounts"/>, all in <paramref name="currency"/>; zero when there are none.</summary>
    public static Money Sum(IEnumerable<Money> amounts, CurrencyCode currency)
    {
        var sum = Zero(currency);
        foreach (var amount in amounts)
        {
            sum = sum.Plus(amount);
        }
        return sum;
    }

    public Money Plus(Money other) => new(Amount + Same(other).Amount, Currency);

    public Money Minus(Money other) => new(Amount - Same(other).Amount, Currency);

    /// <summary>A whole number of times the amount: exact, as whole minor units stay whole.</summary>
    public Money Times(int count) => new(Amount * count, Currency);

    /// <summary>The amount less <paramref name="discount"/>, rounded to the minor unit.</summary>
    public Money DiscountedBy(Percentage discount) => Of(Amount * (1m - discount.Fraction), Currency);

    /// <summary>How many times <paramref name="other"/> goes into this amount (a share, a rate); throws when <paramref name="other"/> is zero.</summary>
    public decimal DividedBy(Money other) => Amount / Same(other).Amount;

    public int CompareTo(Money? other) => other is null ? 1 : Amount.CompareTo(Same(other).Amount);

    public static Money operator +(Money left, Money right) => left.Plus(right);

    public static Money operator -(Money left, Money right) => left.Minus(right);

    public static Money operator *(Money amount, int count) => amount.Times(count);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>"EUR 1,234.50", "JPY 1,235": as <see cref="Catalogue.Currency.Format"/> shows amounts.</summary>
    public override string ToString() => Catalogue.Currency.Format(Amount, Currency.Code);

    private Money Same(Money other) => other.Currency == Currency
        ? other
        : throw new InvalidOperationException($"{this} and {other} are in different currencies; convert one first.");
}
