using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Proposals;

/// <summary>What went wrong with a change: a message for the page, field errors, and for a line edit the line and the values typed.</summary>
public sealed record BuilderProblem(string Message, IReadOnlyList<FieldError> Errors, int? LineId = null, string? Quantity = null, string? Discount = null, string? ItemCode = null)
{
    public string? Note { get; init; }

    /// <summary>For a refused workflow step: its code and the comment typed.</summary>
    public string? Step { get; init; }

    public string? Comment { get; init; }

    /// <summary>For a refused "why not": the pain point and the sentence typed.</summary>
    public int? PainPointId { get; init; }

    /// <summary>For a refused estimate of what a line removes (shown under the pain point, not on the line): the line, category and share typed; the reason is <see cref="Note"/>.</summary>
    public int? ImprovementLineId { get; init; }

    public string? Category { get; init; }

    public string? Improvement { get; init; }

    public string For(string field) => string.Join(" ", Errors.Where(e => e.Field == field).Select(e => e.Message));
}
