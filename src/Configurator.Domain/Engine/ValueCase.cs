using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

public enum ValueScenarioKind
{
    Conservative,
    Expected,
    Ambitious,
}

/// <summary>Who said how much of a pain's cost a line removes.</summary>
public enum ImprovementSource
{
    /// <summary>The default for the strength with which the item addresses the category.</summary>
    Strength,

    /// <summary>The product managers' figure for this item and category.</summary>
    Catalogue,

    /// <summary>Presales' estimate on this proposal, with their reason.</summary>
    Presales,
}

/// <summary>Where a pain point's yearly cost comes from.</summary>
public enum PainCostSource
{
    /// <summary>The rep's estimate, as captured in discovery.</summary>
    Estimate,

    /// <summary>A figure the client agreed to, with the person who confirmed it.</summary>
    ConfirmedByClient,
}

/// <summary>How far a buyer can lean on an assumption: low for a default, medium for a stated estimate, high for what the client confirmed.</summary>
public enum AssumptionConfidence
{
    Low,
    Medium,
    High,
}

/// <summary>The share of one pain point's cost one line is expected to remove (0–1), and where that figure comes from.</summary>
public sealed record ImprovementAssumption(int LineId, string ItemCode, int Strength, decimal Improvement, ImprovementSource Source, string Reason)
{
    /// <summary>A default for the strength is low; the catalogue's figure or presales' reasoned estimate is medium.</summary>
    public AssumptionConfidence Confidence => Source == ImprovementSource.Strength ? AssumptionConfidence.Low : AssumptionConfidence.Medium;
}

/// <summary>
/// One pain point in the value case: the lines' improvements combined as independent reductions
/// (1 − Π(1 − rᵢ)), and the expected annual value; <see cref="AnnualValue"/> is null when the pain has no
/// quantified cost, which is said, never counted as zero.
/// </summary>
public sealed record PainValue(ClientPain Pain, decimal Improvement, Money? AnnualValue, IReadOnlyList<ImprovementAssumption> Assumptions)
{
    public bool IsQuantified => Pain.AnnualImpact is not null;

    public bool IsAnswered => Assumptions.Count > 0;

    /// <summary>The cost is medium when estimated, high when the client confirmed it.</summary>
    public AssumptionConfidence CostConfidence => Pain.CostSource == PainCostSource.ConfirmedByClient ? AssumptionConfidence.High : AssumptionConfidence.Medium;

    /// <summary>The value is only as firm as its weakest figure: the lowest of the cost's and every improvement's confidence.</summary>
    public AssumptionConfidence Confidence => Assumptions.Select(a => a.Confidence).Append(CostConfidence).Min();
}

/// <summary>One year of the contract: the value reached (ramping up in the first) against what the client pays that year, and both so far.</summary>
public sealed record ValueYear(int Year, int Months, Money Value, Money Cost, Money CumulativeValue, Money CumulativeCost);

/// <summary>The value case under one scenario: every expected improvement scaled by <see cref="Factor"/>.</summary>
public sealed record ValueScenario(
    ValueScenarioKind Kind,
    decimal Factor,
    Money AnnualValue,
    decimal? PaybackMonths,
    Money ValueOverTerm,
    Money NetValueOverTerm,
    decimal? Roi,
    IReadOnlyList<ValueYear> Years);

/// <summary>
/// The value case of one option: how much of each pain's cost its lines remove, under a conservative,
/// an expected and an ambitious scenario, against what the client pays over the contract. The
/// definitions are the API contract's (docs/api.md, Arithmetic).
/// </summary>
public sealed record ValueCase(Money AnnualPainCostAnswered, Money FirstYearInvestment, Money ContractValue, IReadOnlyList<PainValue> Pains, IReadOnlyList<ValueScenario> Scenarios)
{
    public ValueScenario Expected => Scenario(ValueScenarioKind.Expected);

    public ValueScenario Conservative => Scenario(ValueScenarioKind.Conservative);

    public ValueScenario Ambitious => Scenario(ValueScenarioKind.Ambitious);

    /// <summary>The expected value a year at full run rate.</summary>
    public Money AnnualValue => Expected.AnnualValue;

    public decimal? PaybackMonths => Expected.PaybackMonths;

    /// <summary>True when, on conservative assumptions, the option is worth less over the term than it costs: the document leads with that case, so presales should act first.</summary>
    public bool LosesOnConservativeCase => Conservative.Roi is < 0;

    /// <summary>Pain points the option answers whose cost nobody has put a figure on.</summary>
    public IEnumerable<PainValue> NotQuantified => Pains.Where(p => p.IsAnswered && !p.IsQuantified);

    public ValueScenario Scenario(ValueScenarioKind kind) => Scenarios.First(s => s.Kind == kind);

    public static ValueCase Of(IReadOnlyList<ConfigurationLine> lines, IReadOnlyList<PainCoverage> coverage, Totals totals, int termMonths, CurrencyCode currency, ValuePolicy policy)
    {
        var answered = 0m;
        var pains = new List<PainValue>(coverage.Count);
        foreach (var c in coverage)
        {
            var impact = c.Pain.AnnualImpact ?? 0;
            answered += c.Status switch
            {
                CoverageStatus.Covered => impact,
                CoverageStatus.Weak => impact / 2m,
                _ => 0,
            };
            var assumptions = new List<ImprovementAssumption>(c.LineIds.Count);
            if (c.Status != CoverageStatus.Uncovered)
            {
                foreach (var line in lines)
                {
                    if (line.Item.StrengthFor(c.Pain.Category) > 0)
                    {
                        assumptions.Add(AssumptionFor(line, c.Pain.Category, policy));
                    }
                }
            }
            var improvement = Combined(assumptions, 1m);
            pains.Add(new PainValue(c.Pain, improvement, c.Pain.AnnualImpact is { } cost ? Money.Of(cost * improvement, currency) : null, assumptions));
        }

        var contractValue = totals.ContractValue;
        var firstYear = totals.FirstYearCost(termMonths);
        var scenarios = new List<ValueScenario>(3);
        foreach (var (kind, factor) in new[]
        {
            (ValueScenarioKind.Conservative, policy.ConservativeShare.Fraction),
            (ValueScenarioKind.Expected, 1m),
            (ValueScenarioKind.Ambitious, policy.AmbitiousPercent / 100m),
        })
        {
            var annual = 0m;
            foreach (var pain in pains)
            {
                if (pain.Pain.AnnualImpact is { } cost)
                {
                    annual += cost * Combined(pain.Assumptions, factor);
                }
            }
            var annualValue = Money.Of(annual, currency);
            var years = Years(annualValue, totals, termMonths, policy.FirstYearRampUp);
            var overTerm = years.Count == 0 ? Money.Zero(currency) : years[^1].CumulativeValue;
            var net = overTerm - contractValue;
            decimal? payback = annualValue.Amount > 0 ? Math.Round(firstYear.Amount / (annualValue.Amount / 12m), 2, MidpointRounding.AwayFromZero) : null;
            decimal? roi = contractValue.Amount > 0 ? Math.Round(net.Amount / contractValue.Amount, 4, MidpointRounding.AwayFromZero) : null;
            scenarios.Add(new ValueScenario(kind, factor, annualValue, payback, overTerm, net, roi, years));
        }
        return new ValueCase(Money.Of(answered, currency), firstYear, contractValue, pains, scenarios);
    }

    /// <summary>A value case with nothing in it, for a configuration whose figures cannot be worked out.</summary>
    public static ValueCase None(CurrencyCode currency)
    {
        var zero = Money.Zero(currency);
        return new ValueCase(zero, zero, zero, [],
            [.. Enum.GetValues<ValueScenarioKind>().Select(k => new ValueScenario(k, 0, zero, null, zero, zero, null, []))]);
    }

    /// <summary>Independent reductions: what is left of the pain is the product of what each line leaves; each share is capped at the whole pain.</summary>
    public static decimal Combined(IReadOnlyList<ImprovementAssumption> assumptions, decimal factor)
    {
        var left = 1m;
        foreach (var a in assumptions)
        {
            left *= 1m - Math.Min(1m, a.Improvement * factor);
        }
        return 1m - left;
    }

    private static ImprovementAssumption AssumptionFor(ConfigurationLine line, string category, ValuePolicy policy)
    {
        var strength = line.Item.StrengthFor(category);
        if (line.Improvements.FirstOrDefault(i => i.Category == category) is { } estimate)
        {
            return new(line.Id, line.Item.Code, strength, estimate.Percent / 100m, ImprovementSource.Presales, estimate.Reason);
        }
        var own = line.Item.Addresses.Where(a => a.Category == category && a.ImprovementPercent is not null).Select(a => a.ImprovementPercent).FirstOrDefault();
        return own is { } percent
            ? new(line.Id, line.Item.Code, strength, percent / 100m, ImprovementSource.Catalogue, "")
            : new(line.Id, line.Item.Code, strength, policy.ImprovementFor(strength).Fraction, ImprovementSource.Strength, "");
    }

    /// <summary>Year 1 … N of the term (the last one shorter when the term is not whole years): value ramps up in year 1, the cost is what is invoiced that year.</summary>
    private static List<ValueYear> Years(Money annualValue, Totals totals, int termMonths, Percentage rampUp)
    {
        var currency = annualValue.Currency;
        var years = new List<ValueYear>();
        var value = Money.Zero(currency);
        var cost = Money.Zero(currency);
        for (var year = 1; (year - 1) * 12 < termMonths; year++)
        {
            var months = Math.Min(12, termMonths - ((year - 1) * 12));
            var share = year == 1 ? rampUp.Fraction : 1m;
            var yearValue = Money.Of(annualValue.Amount * share * months / 12m, currency);
            var yearCost = (year == 1 ? totals.OneTime : Money.Zero(currency)) + (totals.Monthly * months) + totals.Annual;
            value += yearValue;
            cost += yearCost;
            years.Add(new ValueYear(year, months, yearValue, yearCost, value, cost));
        }
        return years;
    }
}
