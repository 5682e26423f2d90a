using System.Globalization;

namespace Configurator.Domain.Catalogue;

/// <summary>
/// How many units a configuration may hold of an item, and how many it starts with:
/// 1 ≤ min ≤ default ≤ max ≤ <see cref="CatalogueLimits.MaxQuantity"/>. Nothing else can be made.
/// </summary>
public sealed record QuantityBounds
{
    public const int Lowest = 1;

    /// <summary>Checked bounds; wrong ones are a bug here (input is checked with <see cref="TryFrom"/> first).</summary>
    public QuantityBounds(int min, int max, int @default)
    {
        if (Problems(min, max, @default).FirstOrDefault() is { } problem)
        {
            throw new ArgumentOutOfRangeException(problem.Path, problem.Message);
        }
        Min = min;
        Max = max;
        Default = @default;
    }

    public int Min { get; }

    public int Max { get; }

    public int Default { get; }

    /// <summary>The bounds, or every problem with them, each naming its field (<c>min</c>, <c>max</c> or <c>default</c>).</summary>
    public static bool TryFrom(int min, int max, int @default, out QuantityBounds? bounds, out IReadOnlyList<CatalogueIssue> problems)
    {
        problems = Problems(min, max, @default);
        bounds = problems.Count == 0 ? new QuantityBounds(min, max, @default) : null;
        return bounds is not null;
    }

    public bool Allows(int quantity) => quantity >= Min && quantity <= Max;

    private static List<CatalogueIssue> Problems(int min, int max, int @default)
    {
        var problems = new List<CatalogueIssue>();
        var highest = CatalogueLimits.MaxQuantity.ToString("N0", CultureInfo.InvariantCulture);
        if (min is < Lowest or > CatalogueLimits.MaxQuantity)
        {
            problems.Add(new("min", $"The minimum quantity is a whole number from {Lowest} to {highest}."));
        }
        if (max is < Lowest or > CatalogueLimits.MaxQuantity)
        {
            problems.Add(new("max", $"The maximum quantity is a whole number from {Lowest} to {highest}."));
        }
        if (problems.Count == 0 && !(min <= @default && @default <= max))
        {
            problems.Add(new("default", $"The quantities must satisfy min ≤ default ≤ max; here they are {min}, {@default} and {max}."));
        }
        return problems;
    }
}
