namespace Configurator.Domain.Engine;

/// <summary>How long a contract may run: whole months, 1 to 120.</summary>
public static class ContractTerm
{
    public const int MinMonths = 1;
    public const int MaxMonths = 120;

    /// <summary>What is wrong with the term, or null when it is a term the app prices.</summary>
    public static string? Problem(int months) => months is >= MinMonths and <= MaxMonths
        ? null
        : $"The contract term is a whole number of months from {MinMonths} to {MaxMonths}; {months} is not.";
}
