namespace Configurator.Domain.Proposals;

/// <summary>
/// The recommended option's figures as a revision issued them, kept beside the revision's data so that questions
/// across many deals (does differentiation win? at what discount?) are answered in the database.
/// </summary>
public sealed record RevisionFigures(string RecommendedOption, decimal ContractValue, decimal DiscountPercent, decimal DifferentiationShare)
{
    public static readonly RevisionFigures None = new("", 0m, 0m, 0m);

    /// <summary>The figures of the option <see cref="RecommendedOption"/> names among <paramref name="optionsInOrder"/>.</summary>
    public static RevisionFigures Of(IReadOnlyList<EvaluatedOption> optionsInOrder) =>
        Proposals.RecommendedOption.Of(optionsInOrder) is { } o
            ? new(o.Option.Name, o.Evaluation.Totals.ContractValue.Amount, o.Evaluation.Totals.DiscountPercent, o.Evaluation.Differentiation.Share)
            : None;
}
