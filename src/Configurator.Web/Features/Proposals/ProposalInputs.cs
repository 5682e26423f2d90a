namespace Configurator.Web.Features.Proposals;

// What callers send to change proposals; every value may be missing or wrong. ProposalService says
// what to fix at the JSON path of each value.

public sealed record CreateProposalInput(string? Title, string? Language, int? TermMonths, bool? Recommend, bool? Options);

public sealed record AddLineInput(string? ItemCode, int? Quantity, decimal? DiscountPercent, int? Version);

public sealed record ChangeLineInput(int? Quantity, decimal? DiscountPercent, int? Version);

public sealed record AddOptionInput(string? Name, int? CopyFrom, int? Version);

public sealed record WorkflowInput(string? Comment, int? Version);

public sealed record ChangeOptionInput(string? Name, int? Move, int? Version);

/// <summary>How a write went: done, or the status and the problem to show (400 with field errors, 404, 409).</summary>
public sealed record WriteResult(int Status, string? Problem = null, IReadOnlyList<(string Path, string Message)>? Errors = null, int? CreatedId = null)
{
    public static WriteResult Done(int? createdId = null) => new(StatusCodes.Status200OK, CreatedId: createdId);

    public static WriteResult NotFound(string what) => new(StatusCodes.Status404NotFound, what);

    public static WriteResult Conflict(string why) => new(StatusCodes.Status409Conflict, why);

    public static WriteResult Invalid(params (string Path, string Message)[] errors) => new(StatusCodes.Status400BadRequest, "The request has invalid values; nothing was changed.", errors);

    public bool Succeeded => Status == StatusCodes.Status200OK;
}
