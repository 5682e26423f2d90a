using Configurator.Domain.Proposals;

namespace Configurator.Domain.Portal;

/// <summary>
/// The rules of sending a revision to the client that are about the proposal rather than one link: which
/// revision may go (the latest issued, of a proposal approved or already sent), and until when a link opens
/// when the sender names no date.
/// </summary>
public static class ClientSending
{
    /// <summary>Days a link opens when the proposal has no validity date.</summary>
    public const int DefaultDays = 30;

    /// <summary>
    /// Why revision <paramref name="revisionNumber"/> of <paramref name="proposal"/> cannot be sent now, or null when it can.
    /// <paramref name="latestRevision"/> is the number of the latest issued revision (null when none is).
    /// </summary>
    public static ClientLinkIssue? Refusal(Proposal proposal, int revisionNumber, int? latestRevision)
    {
        switch (proposal.Status)
        {
            case ProposalStatus.Draft or ProposalStatus.InReview:
                return new(ClientLinkIssueCodes.NotSendable,
                    $"The proposal is {ProposalTerms.Label(proposal.Status).ToLowerInvariant()}: submit it and have it approved, then issue a revision and send that.");
            case ProposalStatus.Won or ProposalStatus.Lost or ProposalStatus.Withdrawn:
                return new(ClientLinkIssueCodes.NotSendable,
                    $"The proposal is {ProposalTerms.Label(proposal.Status).ToLowerInvariant()}; it can no longer be sent to the client.");
        }
        if (latestRevision is not { } latest)
        {
            return new(ClientLinkIssueCodes.NotLatestRevision, "Issue a revision first: the client receives a numbered revision, and this proposal has none.");
        }
        if (revisionNumber != latest)
        {
            return new(ClientLinkIssueCodes.NotLatestRevision, $"Revision {revisionNumber} is not the latest; send revision {latest} instead.");
        }
        return null;
    }

    /// <summary>
    /// The moment a link stops opening when the sender names none: the end of the proposal's validity date when
    /// it is still ahead (the document prints it), else <see cref="DefaultDays"/> days from now.
    /// </summary>
    public static DateTimeOffset DefaultExpiry(DateOnly? validUntil, DateTimeOffset now)
    {
        if (validUntil is { } date && EndOf(date) > now)
        {
            return EndOf(date);
        }
        return EndOf(DateOnly.FromDateTime(now.UtcDateTime).AddDays(DefaultDays));
    }

    /// <summary>A date as an expiry: the link opens through that whole day (UTC) and closes at the next midnight.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => new(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Whether the proposal must take the workflow's send step for this revision: not when it is already sent with it (a re-send).</summary>
    public static bool MarksSent(Proposal proposal, int revisionNumber) =>
        proposal.Status != ProposalStatus.Sent || proposal.SentRevision is not { } sent || revisionNumber > sent;
}
