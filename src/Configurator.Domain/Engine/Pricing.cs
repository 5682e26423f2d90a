using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>A line with its prices worked out in the configuration's currency.</summary>
public sealed record PricedLine(ConfigurationLine Line, decimal ListUnitPrice, decimal NetUnitPrice, decimal NetTotal, decimal ListTotal, decimal ContractValue, decimal? CostTotal)
{
    public ItemSnapshot Item => Line.Item;
}

/// <summary>The totals of a configuration, as the contract defines them.</summary>
public sealed record Totals(decimal OneTime, decimal Monthly, decimal Annual, decimal ListContractValue, decimal ContractValue, decimal DiscountPercent)
{
    public static readonly Totals Zero = new(0, 0, 0, 0, 0, 0);

    /// <summary>What the first year costs the client: the base of the payback.</summary>
    public decimal FirstYearCost(int termMonths) => OneTime + (Monthly * Math.Clamp(termMonths, 0, 12)) + Annual;
}

/// <summary>Margin over the contract, from the lines whose unit cost is known; for roles that may see costs.</summary>
public sealed record Margin(decimal Revenue, decimal Cost, decimal Amount, decimal Percent, int LinesWithoutCost);

/// <summary>
/// The contract's arithmetic. Amounts round to the currency's minor unit, midpoint away from zero;
/// decimal arithmetic throws on overflow, which <see cref="Evaluator"/> turns into an issue.
/// </summary>
public static class Pricing
{
    public static decimal NetUnitPrice(decimal listPrice, decimal discountPercent, string currency) =>
        Currency.Round(listPrice * (1m - (discountPercent / 100m)), currency);

    /// <summary>How many times a line's net total is paid over the term: once, every month, or every started year.</summary>
    public static int Periods(PricingModel model, int termMonths) => model switch
    {
        PricingModel.OneTime => 1,
        PricingModel.Monthly => Math.Max(termMonths, 0),
        _ => Math.Max(termMonths, 0) == 0 ? 0 : ((termMonths - 1) / 12) + 1,
    };

    public static PricedLine Price(ConfigurationLine line, string currency, int termMonths)
    {
        var periods = Periods(line.Item.Model, termMonths);
        var listUnit = Currency.Round(line.Item.ListPrice, currency);
        var netUnit = NetUnitPrice(line.Item.ListPrice, line.DiscountPercent, currency);
        var netTotal = netUnit * line.Quantity;
        var listTotal = listUnit * line.Quantity;
        decimal? cost = line.Item.UnitCost is { } unitCost ? Currency.Round(unitCost, currency) * line.Quantity * periods : null;
        return new PricedLine(line, listUnit, netUnit, netTotal, listTotal, netTotal * periods, cost);
    }

    public static Totals Total(IReadOnlyList<PricedLine> lines, int termMonths)
    {
        decimal oneTime = 0, monthly = 0, annual = 0, listOneTime = 0, listMonthly = 0, listAnnual = 0;
        foreach (var line in lines)
        {
            switch (line.Item.Model)
            {
                case PricingModel.OneTime:
                    oneTime += line.NetTotal;
                    listOneTime += line.ListTotal;
                    break;
                case PricingModel.Monthly:
                    monthly += line.NetTotal;
                    listMonthly += line.ListTotal;
                    break;
                default:
                    annual += line.NetTotal;
                    listAnnual += line.ListTotal;
                    break;
            }
        }
        var months = Periods(PricingModel.Monthly, termMonths);
        var years = Periods(PricingModel.Annual, termMonths);
        var contract = oneTime + (monthly * months) + (annual * years);
        var list = listOneTime + (listMonthly * months) + (listAnnual * years);
        var discount = list == 0 ? 0 : (list - contract) / list * 100m;
        return new Totals(oneTime, monthly, annual, list, contract, discount);
    }

    public static Margin? MarginOf(IReadOnlyList<PricedLine> lines)
    {
        var costed = lines.Where(l => l.CostTotal is not null).ToList();
        if (costed.Count == 0)
        {
            return null;
        }
        var revenue = costed.Sum(l => l.ContractValue);
        var cost = costed.Sum(l => l.CostTotal!.Value);
        return new Margin(revenue, cost, revenue - cost, revenue == 0 ? 0 : (revenue - cost) / revenue * 100m, lines.Count - costed.Count);
    }
}
