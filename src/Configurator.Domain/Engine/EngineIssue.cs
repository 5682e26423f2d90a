namespace Configurator.Domain.Engine;

public enum IssueSeverity
{
    Error,
    Warning,
}

/// <summary>
/// Something about a configuration a presales person should know, with a stable <see cref="Code"/> and
/// the line, pain point or item it concerns.
/// </summary>
public sealed record EngineIssue(IssueSeverity Severity, string Code, string Message, int? LineId = null, int? PainPointId = null, string? ItemCode = null)
{
    public static EngineIssue Error(string code, string message, int? lineId = null, int? painPointId = null, string? itemCode = null) =>
        new(IssueSeverity.Error, code, message, lineId, painPointId, itemCode);

    public static EngineIssue Warning(string code, string message, int? lineId = null, int? painPointId = null, string? itemCode = null) =>
        new(IssueSeverity.Warning, code, message, lineId, painPointId, itemCode);
}

/// <summary>The stable codes of engine issues; integrations may rely on them.</summary>
public static class IssueCodes
{
    // Errors: the configuration cannot be proposed as it is.
    public const string ItemNotFound = "item-not-found";
    public const string ItemRetired = "item-retired";
    public const string ItemNotActive = "item-not-active";
    public const string ItemNotPriced = "item-not-priced";
    public const string QuantityOutOfBounds = "quantity-out-of-bounds";
    public const string DiscountOutOfRange = "discount-out-of-range";
    public const string RequiresMissing = "requires-missing";
    public const string ExcludesConflict = "excludes-conflict";
    public const string DuplicateItem = "duplicate-item";
    public const string TermInvalid = "term-invalid";
    public const string AmountOverflow = "amount-overflow";

    // Warnings: the configuration can be proposed, but a person should look.
    public const string PainUncovered = "pain-uncovered";
    public const string PainWeak = "pain-weak";
    public const string NoService = "no-service";
    public const string NoInnovation = "no-innovation";
    public const string LineAnswersNothing = "line-answers-nothing";
    public const string DiscountNeedsApproval = "discount-needs-approval";
    public const string TotalsDiscountNeedsApproval = "totals-discount-needs-approval";
    public const string DifferentiationRiskHigh = "differentiation-risk-high";

    // Recommendation: what the recommender could not do.
    public const string NoStandardProduct = "no-standard-product";
    public const string NoEligibleItems = "no-eligible-items";
    public const string RuleBlocksPain = "rule-blocks-pain";
    public const string NoPainPoints = "no-pain-points";
}
