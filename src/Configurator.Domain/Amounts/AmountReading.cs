namespace Configurator.Domain.Amounts;

/// <summary>
/// What <see cref="AmountText.Read"/> understood: an amount, nothing (an empty field), or a problem.
/// <see cref="WrittenCurrency"/> is the currency the text named by symbol or code, when it named one.
/// </summary>
public sealed record AmountReading(decimal? Amount, AmountProblem? Problem, string? WrittenCurrency = null)
{
    public bool IsEmpty => Amount is null && Problem is null;

    public static AmountReading Empty { get; } = new(null, null);

    internal static AmountReading Refused(AmountProblem problem, string? writtenCurrency = null) => new(null, problem, writtenCurrency);
}
