using Configurator.Domain.Insights;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Insights;

/// <summary>Which decided proposals a figure stands for: a differentiation band, a discount band, won or lost, a lost reason.</summary>
public sealed record OutcomeSelection(InsightBand? Differentiation, InsightBand? Discount, bool? Won, string? Reason)
{
    public const string WonCode = "won";
    public const string LostCode = "lost";

    /// <summary>The selection as asked; an unknown value is an error under its parameter's name and selects nothing.</summary>
    public static (OutcomeSelection Selection, IReadOnlyList<FieldError> Errors) Read(OutcomeListQuery query)
    {
        var errors = new List<FieldError>();
        var differentiation = Band(query.Band, InsightBands.Differentiation, "band", errors);
        var discount = Band(query.DiscountBand, InsightBands.Discount, "discountBand", errors);
        bool? won = query.Outcome?.Trim() switch
        {
            null or "" => null,
            WonCode => true,
            LostCode => false,
            _ => Error<bool?>(errors, "outcome", $"outcome is {WonCode} or {LostCode}."),
        };
        var reason = query.Reason?.Trim() is { Length: > 0 } r
            ? LostReason.All.Contains(r) ? r : Error<string?>(errors, "reason", $"reason is one of {string.Join(", ", LostReason.All)}.")
            : null;
        return (new OutcomeSelection(differentiation, discount, reason is null ? won : false, reason), errors);
    }

    private static InsightBand? Band(string? code, IReadOnlyList<InsightBand> bands, string field, List<FieldError> errors) =>
        code?.Trim() is { Length: > 0 } c
            ? bands.FirstOrDefault(b => b.Code == c) ?? Error<InsightBand?>(errors, field, $"{field} is one of {string.Join(", ", bands.Select(b => b.Code))}.")
            : null;

    private static T Error<T>(List<FieldError> errors, string field, string message)
    {
        errors.Add(new(field, message));
        return default!;
    }
}
