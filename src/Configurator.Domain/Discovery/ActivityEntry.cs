namespace Configurator.Domain.Discovery;

public enum ActivityKind
{
    AccountCreated,
    AccountChanged,
    OpportunityCreated,
    OpportunityChanged,
    PainPointAdded,
    PainPointChanged,
    PainPointsReordered,
    StakeholderAdded,
    StakeholderChanged,
    StageChanged,
    OwnerChanged,
    NextStepChanged,
    OpportunityImported,
    ProposalSent,
    ClientOpened,
    ClientAccepted,
    ClientDeclined,
}

/// <summary>
/// One line of an account's timeline: who recorded what, when. Entries are only ever added, so the
/// client's history survives owners coming and going.
/// </summary>
public sealed class ActivityEntry
{
    private ActivityEntry()
    {
    }

    public long Id { get; private set; }

    public int AccountId { get; private set; }

    public int? OpportunityId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user's id, or empty for the system (e.g. the demo seed).</summary>
    public string ActorId { get; private set; } = "";

    public ActivityKind Kind { get; private set; }

    /// <summary>What happened, as a sentence.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>A reason, the open playbook actions of an override, or the fields that changed.</summary>
    public string Detail { get; private set; } = "";

    /// <summary>The summary and detail as words another language can say again; null on entries recorded before words were kept.</summary>
    public ActivityWords? Words { get; private set; }

    /// <summary>
    /// Records what happened. The English summary and detail are made from the words; the detail's clauses are
    /// joined by <paramref name="detailSeparator"/> ("; " between changed fields, ". " between open actions and a reason).
    /// </summary>
    public static ActivityEntry Record(int accountId, int? opportunityId, ActivityKind kind, ActivityText summary, string actorId, DateTimeOffset at,
        IReadOnlyList<ActivityText>? detail = null, string detailSeparator = "; ") => new()
        {
            AccountId = accountId,
            OpportunityId = opportunityId,
            Kind = kind,
            Summary = Clip(summary.English(), DiscoveryLimits.ActivitySummaryMaxLength),
            Detail = Clip(string.Join(detailSeparator, (detail ?? []).Select(d => d.English())), DiscoveryLimits.ActivityDetailMaxLength),
            Words = new ActivityWords(summary, detail ?? []),
            ActorId = actorId,
            At = at,
        };

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
