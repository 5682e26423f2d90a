using Configurator.Domain.Engine;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// A proposal waiting for an approver, with what the approver weighs: the option submitted (its contract
/// value, margin, largest discount, differentiation and payback), who submitted it, since when and why.
/// </summary>
public sealed record ApprovalQueueRow(
    int ProposalId,
    string Title,
    string Client,
    string Opportunity,
    int OpportunityId,
    int Version,
    int OptionId,
    string OptionName,
    string Currency,
    decimal DealSize,
    decimal? MarginPercent,
    decimal LargestDiscountPercent,
    string? LargestDiscountLine,
    decimal DifferentiationShare,
    DifferentiationRisk Risk,
    decimal? PaybackMonths,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    TimeSpan Waited,
    string Justification,
    IReadOnlyList<string> Reasons)
{
    /// <summary>A refused approve or reject from the queue: the message, and the comment typed (kept in its field).</summary>
    public string? Problem { get; init; }

    public string? Comment { get; init; }

    /// <summary>Who last changed the content, when someone other than the submitter did (null otherwise).</summary>
    public string? ChangedBy { get; init; }

    /// <summary>Why the person looking may not approve (they submitted or last changed it), or null when they may.</summary>
    public string? ApproveRefusal { get; init; }

    public string Money(decimal amount) => Localization.Display.Money(amount, Currency);

    /// <summary>"waiting 3 days", "waiting 1 hour", "submitted just now": how long the proposal has waited, in its largest unit, in the page's words.</summary>
    public string WaitedText { get; init; } = "";
}
