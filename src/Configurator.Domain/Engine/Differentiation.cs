namespace Configurator.Domain.Engine;

public enum DifferentiationRisk
{
    Low,
    Medium,
    High,
}

/// <summary>How much of the contract value innovations and services carry, and the price-war risk that follows.</summary>
public sealed record Differentiation(decimal Share, DifferentiationRisk Risk, IReadOnlyList<int> AnsweredOnlyByDifferentiators)
{
    public static Differentiation Of(IReadOnlyList<PricedLine> lines, Totals totals, IReadOnlyList<ClientPain> pains)
    {
        var differentiating = lines.Where(l => l.Item.Differentiates).Sum(l => l.ContractValue);
        var share = totals.ContractValue == 0 ? 0 : differentiating / totals.ContractValue;
        var risk = share < 0.15m || (share < 0.30m && totals.DiscountPercent > 10m) ? DifferentiationRisk.High
            : share < 0.30m ? DifferentiationRisk.Medium
            : DifferentiationRisk.Low;
        var byCategory = Coverage.LinesByCategory(lines.Select(l => l.Line).ToList());
        var onlyByDifferentiators = new List<int>();
        foreach (var pain in pains)
        {
            if (byCategory.TryGetValue(pain.Category, out var answering)
                && answering.All(a => lines[a.Line].Item.Differentiates))
            {
                onlyByDifferentiators.Add(pain.Id);
            }
        }
        return new Differentiation(share, risk, onlyByDifferentiators);
    }
}

/// <summary>The value case: the annual cost of the pain answered against the first year's investment.</summary>
public sealed record ValueCase(decimal AnnualPainCostAnswered, decimal? PaybackMonths)
{
    /// <summary>Covered pain counts in full, weakly covered pain at half; payback is null when nothing is answered.</summary>
    public static ValueCase Of(IReadOnlyList<PainCoverage> coverage, Totals totals, int termMonths, string currency)
    {
        var answered = 0m;
        foreach (var c in coverage)
        {
            var impact = c.Pain.AnnualImpact ?? 0;
            answered += c.Status switch
            {
                CoverageStatus.Covered => impact,
                CoverageStatus.Weak => impact / 2m,
                _ => 0,
            };
        }
        answered = Catalogue.Currency.Round(answered, currency);
        decimal? payback = answered > 0 ? totals.FirstYearCost(termMonths) / (answered / 12m) : null;
        return new ValueCase(answered, payback);
    }
}
