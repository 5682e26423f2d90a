namespace Configurator.Web.Features.Shared;

/// <summary>What happened to a write, in the use case's words; <see cref="UseCaseAnswers"/> turns it into HTTP once.</summary>
public enum Outcome
{
    Done,
    NotFound,

    /// <summary>The record changed since the caller read it, or the state it is in refuses the change.</summary>
    Conflict,

    /// <summary>The input is refused; <see cref="UseCaseResult.Errors"/> says what to fix, field by field.</summary>
    Invalid,

    /// <summary>Nothing is wrong with the request: the same request again later is expected to work.</summary>
    Unavailable,
}

/// <summary>
/// A problem with one input field. <see cref="Field"/> is the field's path as the caller sent it
/// (<c>quantity</c>, <c>painPoints[2].severity</c>): the API answers it as a JSON path, pages show the
/// message next to the form field of that name. <see cref="Code"/>, when the rule that refused it has
/// one, lets a page word the problem for its reader (see <c>DiscoveryPageMessages</c>).
/// </summary>
public sealed record FieldError(string Field, string Message, string? Code = null);

/// <summary>How a write went: done (with the new record's id, if it made one), or what stopped it.</summary>
public sealed record UseCaseResult(Outcome Outcome, string? Message = null, IReadOnlyList<FieldError>? Errors = null, int? CreatedId = null)
{
    public bool Succeeded => Outcome == Outcome.Done;

    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];

    public static UseCaseResult Done(int? createdId = null) => new(Outcome.Done, CreatedId: createdId);

    public static UseCaseResult NotFound(string what) => new(Outcome.NotFound, what);

    public static UseCaseResult Conflict(string why) => new(Outcome.Conflict, why);

    public static UseCaseResult Unavailable(string why) => new(Outcome.Unavailable, why);

    public static UseCaseResult Invalid(params FieldError[] errors) => new(Outcome.Invalid, "The request has invalid values; nothing was changed.", errors);

    public static UseCaseResult Invalid(IEnumerable<FieldError> errors) => Invalid([.. errors]);

    public static UseCaseResult Invalid(string field, string message) => Invalid(new FieldError(field, message));

    /// <summary>The messages for one field, joined, for the page to show next to it.</summary>
    public string For(string field) => string.Join(" ", FieldErrors.Where(e => e.Field == field).Select(e => e.Message));

    /// <summary>The message that a version the caller named is no longer the saved one.</summary>
    public static UseCaseResult Stale(string what, int named, int current) =>
        Conflict($"The {what} has changed since version {named}; it is version {current} now. Nothing was changed: reload it and apply your change again.");
}
