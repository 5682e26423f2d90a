using System.Globalization;
using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>Whether an approver must sign the configuration off, and why.</summary>
public sealed record Approval(bool Required, IReadOnlyList<string> Reasons);

/// <summary>Everything the builder shows about one configuration, computed in one pass.</summary>
public sealed record Evaluation(
    Configuration Configuration,
    IReadOnlyList<PricedLine> Lines,
    Totals Totals,
    Margin? Margin,
    IReadOnlyList<PainCoverage> Coverage,
    IReadOnlyList<LineAnswers> Answers,
    Differentiation Differentiation,
    ValueCase Value,
    Approval Approval,
    IReadOnlyList<EngineIssue> Issues)
{
    public bool IsValid => Issues.All(i => i.Severity != IssueSeverity.Error);
}

/// <summary>
/// Validates, prices and traces a configuration against the client's pain points and the current
/// catalogue. Never throws for anything a user can build: every problem becomes an issue.
/// </summary>
public static class Evaluator
{
    public static Evaluation Evaluate(Configuration configuration, IReadOnlyList<ClientPain> pains,
        IReadOnlyDictionary<string, OfferItemSpec> catalogue, EnginePolicy? policy = null)
    {
        policy ??= EnginePolicy.Default;
        var issues = new List<EngineIssue>();
        var lines = configuration.Lines;
        var currency = configuration.Currency;
        if (ContractTerm.Problem(configuration.TermMonths) is { } termProblem)
        {
            issues.Add(EngineIssue.Error(IssueCodes.TermInvalid, termProblem));
        }
        CheckLines(configuration, catalogue, issues);
        CheckRules(lines, issues);

        IReadOnlyList<PricedLine> priced;
        Totals totals;
        Margin? margin;
        try
        {
            priced = lines.Select(l => Pricing.Price(l, currency, configuration.TermMonths)).ToList();
            totals = Pricing.Total(priced, currency, configuration.TermMonths);
            margin = Pricing.MarginOf(priced, currency);
        }
        catch (OverflowException)
        {
            issues.Add(EngineIssue.Error(IssueCodes.AmountOverflow, "The amounts are too large to calculate; check the quantities and prices."));
            var zero = Money.Zero(currency);
            priced = lines.Select(l => new PricedLine(l, zero, zero, zero, zero, zero, null)).ToList();
            totals = Totals.Zero(currency);
            margin = null;
        }

        var coverage = Coverage.Trace(lines, pains);
        var answers = Coverage.Answers(lines, pains);
        var differentiation = Differentiation.Of(priced, totals, pains);
        ValueCase value;
        try
        {
            value = ValueCase.Of(lines, coverage, totals, configuration.TermMonths, currency, policy.Value);
        }
        catch (OverflowException)
        {
            issues.Add(EngineIssue.Error(IssueCodes.AmountOverflow, "The annual impacts are too large to add up; check the pain points' impacts."));
            value = ValueCase.None(currency);
        }

        WarnAboutCoverage(coverage, answers, configuration, issues);
        WarnAboutMix(lines, differentiation, totals, issues);
        var approval = ApprovalOf(lines, totals, policy, issues);
        return new Evaluation(configuration, priced, totals, margin, coverage, answers, differentiation, value, approval, issues);
    }

    private static void CheckLines(Configuration configuration, IReadOnlyDictionary<string, OfferItemSpec> catalogue, List<EngineIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in configuration.Lines)
        {
            var item = line.Item;
            if (!seen.Add(item.Code))
            {
                issues.Add(EngineIssue.Error(IssueCodes.DuplicateItem, $"{item.Name} ({item.Code}) is in the configuration twice; keep one line and set its quantity.", line.Id, itemCode: item.Code));
            }
            issues.AddRange(LineRules.Check(item, catalogue.GetValueOrDefault(item.Code), line.Quantity, configuration.Currency, line.Id));
        }
    }

    /// <summary>Every line has what it requires, and no two lines exclude each other.</summary>
    private static void CheckRules(IReadOnlyList<ConfigurationLine> lines, List<EngineIssue> issues)
    {
        var byCode = new Dictionary<string, ConfigurationLine>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            byCode.TryAdd(line.Item.Code, line);
        }
        var inPlay = new ItemsInPlay();
        foreach (var line in byCode.Values)
        {
            foreach (var required in line.Item.Requires.Where(r => !byCode.ContainsKey(r)))
            {
                issues.Add(EngineIssue.Error(IssueCodes.RequiresMissing, $"{line.Item.Name} ({line.Item.Code}) requires {required}; add it or remove this line.", line.Id, itemCode: line.Item.Code));
            }
            foreach (var clash in inPlay.ClashesWith(line.Item.Code, line.Item.Excludes))
            {
                var other = byCode[clash];
                issues.Add(EngineIssue.Error(IssueCodes.ExcludesConflict,
                    $"{other.Item.Name} ({other.Item.Code}) and {line.Item.Name} ({line.Item.Code}) exclude each other; keep one of them.", line.Id, itemCode: line.Item.Code));
            }
            inPlay.Add(line.Item.Code, line.Item.Excludes);
        }
    }

    /// <summary>Open pain and lines that answer nothing; a written reason (the proposal's "why not", the line's note) satisfies the warning.</summary>
    private static void WarnAboutCoverage(IReadOnlyList<PainCoverage> coverage, IReadOnlyList<LineAnswers> answers, Configuration configuration, List<EngineIssue> issues)
    {
        var lines = configuration.Lines;
        foreach (var c in coverage)
        {
            if (c.Status == CoverageStatus.Uncovered && configuration.ExplainedPains.Contains(c.Pain.Id))
            {
                continue;
            }
            if (c.Status == CoverageStatus.Uncovered)
            {
                issues.Add(EngineIssue.Warning(IssueCodes.PainUncovered, $"Nothing answers “{c.Pain.Title}”; add an item that addresses it, or say in the proposal why not.", painPointId: c.Pain.Id));
            }
            else if (c.Status == CoverageStatus.Weak)
            {
                issues.Add(EngineIssue.Warning(IssueCodes.PainWeak, $"“{c.Pain.Title}” is only weakly answered; a stronger item or an innovation would cover it.", painPointId: c.Pain.Id));
            }
        }
        var requiredByOthers = lines.SelectMany(l => l.Item.Requires).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (answers[i].PainPointIds.Count == 0 && !requiredByOthers.Contains(lines[i].Item.Code) && lines[i].Note.Length == 0)
            {
                issues.Add(EngineIssue.Warning(IssueCodes.LineAnswersNothing,
                    $"{lines[i].Item.Name} ({lines[i].Item.Code}) answers none of the client's pain points; say why it is there, or remove it.", lines[i].Id, itemCode: lines[i].Item.Code));
            }
        }
    }

    private static void WarnAboutMix(IReadOnlyList<ConfigurationLine> lines, Differentiation differentiation, Totals totals, List<EngineIssue> issues)
    {
        if (lines.Count == 0)
        {
            return;
        }
        if (!lines.Any(l => l.Item.Kind == ItemKind.Service))
        {
            issues.Add(EngineIssue.Warning(IssueCodes.NoService, "No service package: implementation, training or support is what makes the solution work for the client."));
        }
        if (!lines.Any(l => l.Item.Kind == ItemKind.Innovation))
        {
            issues.Add(EngineIssue.Warning(IssueCodes.NoInnovation, "No innovation: without one, a competitor's standard product can match this offer."));
        }
        if (differentiation.Risk == DifferentiationRisk.High)
        {
            issues.Add(EngineIssue.Warning(IssueCodes.DifferentiationRiskHigh,
                $"Innovations and services carry {Percent(differentiation.Share * 100m)} of the contract value{(totals.DiscountPercent > 10m ? $" at a {Percent(totals.DiscountPercent)} discount" : "")}: this offer invites a price war."));
        }
    }

    private static Approval ApprovalOf(IReadOnlyList<ConfigurationLine> lines, Totals totals, EnginePolicy policy, List<EngineIssue> issues)
    {
        var reasons = new List<string>();
        foreach (var line in lines.Where(l => l.DiscountPercent > l.Item.MaxDiscountPercent))
        {
            var reason = $"{line.Item.Name} ({line.Item.Code}) is discounted {Percent(line.DiscountPercent)}, beyond its {Percent(line.Item.MaxDiscountPercent)} limit.";
            reasons.Add(reason);
            issues.Add(EngineIssue.Warning(IssueCodes.DiscountNeedsApproval, reason + " An approver must agree.", line.Id, itemCode: line.Item.Code));
        }
        if (totals.DiscountPercent > policy.TotalsDiscountLimitPercent.Value)
        {
            var reason = $"The total discount is {Percent(totals.DiscountPercent)}, beyond the {Percent(policy.TotalsDiscountLimitPercent)} policy.";
            reasons.Add(reason);
            issues.Add(EngineIssue.Warning(IssueCodes.TotalsDiscountNeedsApproval, reason + " An approver must agree."));
        }
        return new Approval(reasons.Count > 0, reasons);
    }

    internal static string Percent(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
