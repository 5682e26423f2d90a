using Configurator.Domain.Catalogue;

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
        var differentiating = Money.Sum(lines.Where(l => l.Item.Differentiates).Select(l => l.ContractValue), totals.ContractValue.Currency);
        var share = totals.ContractValue.IsZero ? 0 : differentiating.DividedBy(totals.ContractValue);
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
