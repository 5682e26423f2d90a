namespace Configurator.Domain.Amounts;

/// <summary>Why a typed amount was not taken; the pages say it in the user's words.</summary>
public enum AmountProblem
{
    /// <summary>Not an amount at all: "abc", "45kk", "1e9", "3,00,0".</summary>
    Unreadable,

    /// <summary>Below zero: "-5".</summary>
    Negative,

    /// <summary>Above the largest amount the app keeps.</summary>
    TooLarge,

    /// <summary>Finer than the currency's smallest unit: "30.505" euros, "1.5" yen.</summary>
    TooManyDecimals,

    /// <summary>Written in another currency than the one the amount is in: "$30,000" for a EUR deal.</summary>
    OtherCurrency,
}
