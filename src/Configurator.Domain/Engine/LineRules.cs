using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>
/// The checks of one line: the item can be proposed in the currency, the quantity is within the item's
/// bounds, the discount is a percentage. The evaluator reports the first two on every line (a line's
/// discount is a <see cref="Percentage"/>, so it cannot be out of range there); a proposal refuses a
/// line that fails any of them.
/// </summary>
public static class LineRules
{
    /// <summary>Every problem with the line, as errors naming the line and its item.</summary>
    /// <param name="current">The item as the catalogue has it now; null when it is no longer there.</param>
    public static IEnumerable<EngineIssue> Check(ItemSnapshot item, OfferItemSpec? current, int quantity, CurrencyCode currency, int lineId = 0)
    {
        if (ItemProblem(item.Code, item.Name, current, currency) is { } problem)
        {
            yield return EngineIssue.Error(problem.Code, problem.Message, lineId, itemCode: item.Code);
        }
        if (QuantityProblem(item, quantity) is { } quantityProblem)
        {
            yield return EngineIssue.Error(IssueCodes.QuantityOutOfBounds, quantityProblem, lineId, itemCode: item.Code);
        }
    }

    /// <summary>Why the item cannot be proposed in the currency, with its issue code; null when it can.</summary>
    public static (string Code, string Message)? ItemProblem(string code, string name, OfferItemSpec? current, string currency) => current switch
    {
        null => (IssueCodes.ItemNotFound, $"{name} ({code}) is no longer in the catalogue; remove the line or choose another item."),
        { Status: ItemStatus.Retired } => (IssueCodes.ItemRetired, $"{name} ({code}) is retired and can no longer be proposed; choose its successor."),
        { Status: not ItemStatus.Active } => (IssueCodes.ItemNotActive, $"{name} ({code}) is still a draft; a product manager must activate it before it can be proposed."),
        _ when current.PriceIn(currency) is null => (IssueCodes.ItemNotPriced, $"{name} ({code}) has no price in {currency}; ask a product manager for one or choose another item."),
        _ => null,
    };

    public static string? QuantityProblem(ItemSnapshot item, int quantity) => item.Quantity.Allows(quantity)
        ? null
        : $"{Name(item)} is sold in quantities from {item.Quantity.Min} to {item.Quantity.Max} {item.Unit}; {quantity} is outside that.";

    public static string? DiscountProblem(decimal discountPercent) => Percentage.IsValid(discountPercent)
        ? null
        : $"a discount of {Evaluator.Percent(discountPercent)} is not possible; give a percentage from {Percentage.MinValue} to {Percentage.MaxValue}.";

    private static string Name(ItemSnapshot item) => $"{item.Name} ({item.Code})";
}
