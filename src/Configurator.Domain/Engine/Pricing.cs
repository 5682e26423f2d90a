using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>A line with its prices worked out in the configuration's currency.</summary>
public sealed record PricedLine(ConfigurationLine Line, Money ListUnitPrice, Money NetUnitPrice, Money NetTotal, Money ListTotal, Money ContractValue, Money? CostTotal)
{
    public ItemSnapshot Item => Line.Item;
}

/// <summary>The totals of a configuration, as the contract defines them.</summary>
public sealed record Totals(Money OneTime, Money Monthly, Money Annual, Money ListContractValue, Money ContractValue, decimal DiscountPercent)
{
    public static Totals Zero(CurrencyCode currency)
    {
        var zero = Money.Zero(currency);
        return new(zero, zero, zero, zero, zero, 0);
    }

    /// <summary>What the first year costs the client: the base of the payback.</summary>
    public Money FirstYearCost(int termMonths) => OneTime + (Monthly * Math.Clamp(termMonths, 0, 12)) + Annual;
}

/// <summary>Margin over the contract, from the lines whose unit cost is known; for roles that may see costs.</summary>
public sealed record Margin(Money Revenue, Money Cost, Money Amount, decimal Percent, int LinesWithoutCost);

/// <summary>
/// The contract's arithmetic. Amounts are <see cref="Money"/>, which rounds to the currency's minor unit,
/// midpoint away from zero; decimal arithmetic throws on overflow, which <see cref="Evaluator"/> turns into an issue.
/// </summary>
public static class Pricing
{
    public static Money NetUnitPrice(decimal listPrice, Percentage discount, CurrencyCode currency) =>
        Money.Of(listPrice * (1m - discount.Fraction), currency);

    /// <summary>How many times a line's net total is paid over the term: once, every month, or every started year.</summary>
    public static int Periods(PricingModel model, int termMonths) => model switch
    {
        PricingModel.OneTime => 1,
        PricingModel.Monthly => Math.Max(termMonths, 0),
        _ => Math.Max(termMonths, 0) == 0 ? 0 : ((termMonths - 1) / 12) + 1,
    };

    public static PricedLine Price(ConfigurationLine line, CurrencyCode currency, int termMonths)
    {
        var periods = Periods(line.Item.Model, termMonths);
        var listUnit = Money.Of(line.Item.ListPrice, currency);
        var netUnit = NetUnitPrice(line.Item.ListPrice, line.DiscountPercent, currency);
        var netTotal = netUnit * line.Quantity;
        var listTotal = listUnit * line.Quantity;
        var cost = line.Item.UnitCost is { } unitCost ? Money.Of(unitCost, currency) * line.Quantity * periods : null;
        return new PricedLine(line, listUnit, netUnit, netTotal, listTotal, netTotal * periods, cost);
    }

    public static Totals Total(IReadOnlyList<PricedLine> lines, CurrencyCode currency, int termMonths)
    {
        var zero = Money.Zero(currency);
        Money oneTime = zero, monthly = zero, annual = zero, listOneTime = zero, listMonthly = zero, listAnnual = zero;
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
        var discount = list.IsZero ? 0 : (list - contract).DividedBy(list) * 100m;
        return new Totals(oneTime, monthly, annual, list, contract, discount);
    }

    public static Margin? MarginOf(IReadOnlyList<PricedLine> lines, CurrencyCode currency)
    {
        var costed = lines.Where(l => l.CostTotal is not null).ToList();
        if (costed.Count == 0)
        {
            return null;
        }
        var revenue = Money.Sum(costed.Select(l => l.ContractValue), currency);
        var cost = Money.Sum(costed.Select(l => l.CostTotal!), currency);
        var amount = revenue - cost;
        return new Margin(revenue, cost, amount, revenue.IsZero ? 0 : amount.DividedBy(revenue) * 100m, lines.Count - costed.Count);
    }
}
