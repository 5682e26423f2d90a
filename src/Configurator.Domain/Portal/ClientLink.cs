namespace Configurator.Domain.Portal;

/// <summary>
/// One recipient's personal link to one sent revision: whom it was sent to, the hash of its token (the
/// token itself is shown once, to the sender, and never stored), until when it opens, and what the
/// recipient did with it. A link stops opening when it expires, is revoked, or a newer revision is sent.
/// </summary>
public sealed class ClientLink
{
    private ClientLink()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public int RevisionNumber { get; private set; }

    /// <summary>The opportunity's stakeholder it was sent to; name and e-mail are kept as they were sent.</summary>
    public int StakeholderId { get; private set; }

    public string RecipientName { get; private set; } = "";

    public string RecipientEmail { get; private set; } = "";

    /// <summary>SHA-256 of the token, lowercase hex: a stolen database does not give working links.</summary>
    public string TokenHash { get; private set; } = "";

    public string Message { get; private set; } = "";

    public string SentById { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedById { get; private set; }

    /// <summary>The revision that replaced this one for the client (set when a newer revision is sent).</summary>
    public int? SupersededBy { get; private set; }

    public DateTimeOffset? FirstOpenedAt { get; private set; }

    public DateTimeOffset? LastOpenedAt { get; private set; }

    /// <summary>Times the recipient clicked "Open proposal": a link previewed by a mail scanner never counts.</summary>
    public int Views { get; private set; }

    /// <summary>Seconds between the first and the last request of each visit, summed (see <see cref="ClientLinkRules.VisitGap"/>).</summary>
    public int SecondsSpent { get; private set; }

    /// <summary>The last request seen from this link, to tell a new visit from the same one.</summary>
    public DateTimeOffset? LastSeenAt { get; private set; }

    public int Downloads { get; private set; }

    /// <summary>The option the recipient picked last (the proposal's option id), or null.</summary>
    public int? ChosenOptionId { get; private set; }

    /// <summary>
    /// A new link, or what is wrong with it: the recipient needs an e-mail address, the message a sensible
    /// length, the expiry a moment after now.
    /// </summary>
    public static (ClientLink? Link, IReadOnlyList<ClientLinkIssue> Issues) Create(int proposalId, int revisionNumber, int stakeholderId, string recipientName,
        string? recipientEmail, string tokenHash, string? message, DateTimeOffset expiresAt, string sentById, DateTimeOffset at)
    {
        var issues = new List<ClientLinkIssue>();
        var email = recipientEmail?.Trim() ?? "";
        if (email.Length == 0)
        {
            issues.Add(new(ClientLinkIssueCodes.EmailMissing, $"{recipientName} has no e-mail address; add one on the opportunity's people first.", "recipients"));
        }
        var text = message?.Trim() ?? "";
        if (text.Length > ClientLinkRules.MessageMaxLength)
        {
            issues.Add(new(ClientLinkIssueCodes.MessageTooLong, $"Keep the message to {ClientLinkRules.MessageMaxLength} characters; this has {text.Length}.", "message"));
        }
        if (expiresAt <= at)
        {
            issues.Add(new(ClientLinkIssueCodes.ExpiryPast, "Choose an expiry date after today: the link would not open at all.", "expiresAt"));
        }
        else if (expiresAt > at + ClientLinkRules.LongestValidity)
        {
            issues.Add(new(ClientLinkIssueCodes.ExpiryTooFar, $"A link opens for at most {ClientLinkRules.LongestValidity.Days} days; choose an earlier expiry.", "expiresAt"));
        }
        if (issues.Count > 0)
        {
            return (null, issues);
        }
        return (new ClientLink
        {
            ProposalId = proposalId,
            RevisionNumber = revisionNumber,
            StakeholderId = stakeholderId,
            RecipientName = recipientName,
            RecipientEmail = email,
            TokenHash = tokenHash,
            Message = text,
            SentById = sentById,
            SentAt = at,
            ExpiresAt = expiresAt,
        }, []);
    }

    /// <summary>Whether the link opens now, and if not, why (the client's page words the reason, the answer is 410 for all of them).</summary>
    public ClientLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ClientLinkState.Revoked
        : SupersededBy is not null ? ClientLinkState.Superseded
        : now >= ExpiresAt ? ClientLinkState.Expired
        : ClientLinkState.Open;

    public void Revoke(string actorId, DateTimeOffset at)
    {
        if (RevokedAt is null)
        {
            RevokedAt = at;
            RevokedById = actorId;
        }
    }

    public void Supersede(int newerRevision) => SupersededBy ??= newerRevision;

    /// <summary>The recipient clicked "Open proposal": a view.</summary>
    public void Opened(DateTimeOffset at)
    {
        FirstOpenedAt ??= at;
        LastOpenedAt = at;
        Views++;
        Seen(at);
    }

    /// <summary>Any request of the recipient: within <see cref="ClientLinkRules.VisitGap"/> of the last one it adds to the time spent.</summary>
    public void Seen(DateTimeOffset at)
    {
        if (LastSeenAt is { } last && at > last && at - last <= ClientLinkRules.VisitGap)
        {
            SecondsSpent += (int)(at - last).TotalSeconds;
        }
        if (LastSeenAt is null || at > LastSeenAt)
        {
            LastSeenAt = at;
        }
    }

    public void Downloaded(DateTimeOffset at)
    {
        Downloads++;
        Seen(at);
    }

    public void Chose(int optionId, DateTimeOffset at)
    {
        ChosenOptionId = optionId;
        Seen(at);
    }
}

public enum ClientLinkState
{
    Open,
    Expired,
    Revoked,
    Superseded,
}
