namespace Configurator.Domain.Discovery;

/// <summary>What the product can check by itself for a playbook action; <see cref="Manual"/> is ticked by the rep.</summary>
public enum PlaybookCheck
{
    Manual,
    PainPoints,
    QuantifiedPainPoints,
    EconomicBuyer,
    Champion,
    Proposals,
    SentRevisions,
}

/// <summary>
/// One standard action of a stage: every rep follows the same steps before moving a deal on.
/// <see cref="Text"/> is the default language's; <see cref="Translations"/> holds it in other languages, by language code.
/// </summary>
public sealed record PlaybookAction(string Text, PlaybookCheck Check = PlaybookCheck.Manual, int Minimum = 1)
{
    private static readonly IReadOnlyDictionary<string, string> _none = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Translations { get; init; } = _none;

    /// <summary>The action in <paramref name="language"/>, or null when it has no text of its own in that language.</summary>
    public string? TextIn(string language) => Translations.GetValueOrDefault(language);
}

/// <summary>The facts of an opportunity the automatic checks look at.</summary>
public sealed record PlaybookFacts(int PainPoints, int QuantifiedPainPoints, IReadOnlySet<StakeholderRole> Roles, int Proposals, int SentRevisions)
{
    public static PlaybookFacts Of(Opportunity opportunity, int proposals, int sentRevisions) => new(
        opportunity.PainPoints.Count,
        opportunity.PainPoints.Count(p => p.AnnualImpact is not null),
        opportunity.Stakeholders.Select(s => s.Role).ToHashSet(),
        proposals,
        sentRevisions);
}

/// <summary>An action of a stage with whether it is done; <see cref="Key"/> names it in a form ("discovery:3").</summary>
public sealed record PlaybookActionStatus(OpportunityStage Stage, int Index, PlaybookAction Action, bool Done, string Detail)
{
    /// <summary>What an automatic check counted (pain points, proposals, sent revisions), for a page to word; null for other checks.</summary>
    public int? Count { get; init; }

    public string Key => $"{DiscoveryTerms.Code(Stage)}:{Index}";

    public bool Automatic => Action.Check != PlaybookCheck.Manual;
}

/// <summary>The checklist of every stage; configuration, with <see cref="Default"/> when none is configured.</summary>
public sealed class Playbook(IReadOnlyDictionary<OpportunityStage, IReadOnlyList<PlaybookAction>> stages)
{
    public static readonly Playbook Default = new(new Dictionary<OpportunityStage, IReadOnlyList<PlaybookAction>>
    {
        [OpportunityStage.Discovery] =
        [
            new("Capture at least three pain points in the client's words", PlaybookCheck.PainPoints, 3),
            new("Quantify the annual impact of at least one pain point", PlaybookCheck.QuantifiedPainPoints, 1),
            new("Identify the economic buyer", PlaybookCheck.EconomicBuyer),
        ],
        [OpportunityStage.SolutionDesign] = [new("Build a proposal for the opportunity", PlaybookCheck.Proposals, 1)],
        [OpportunityStage.Proposal] = [new("Send a revision of the proposal to the client", PlaybookCheck.SentRevisions, 1)],
        [OpportunityStage.Negotiation] = [new("Agree the commercial terms with the economic buyer")],
    });

    public IReadOnlyList<PlaybookAction> For(OpportunityStage stage) => stages.GetValueOrDefault(stage) ?? [];

    /// <summary>The stage's actions with their state; manual ones are done when <paramref name="confirmed"/> holds their key.</summary>
    public IReadOnlyList<PlaybookActionStatus> Check(OpportunityStage stage, PlaybookFacts facts, IReadOnlySet<string>? confirmed = null)
    {
        var actions = For(stage);
        var statuses = new List<PlaybookActionStatus>(actions.Count);
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var key = $"{DiscoveryTerms.Code(stage)}:{i}";
            var (done, detail) = action.Check switch
            {
                PlaybookCheck.PainPoints => (facts.PainPoints >= action.Minimum, Counted(facts.PainPoints, "pain point")),
                PlaybookCheck.QuantifiedPainPoints => (facts.QuantifiedPainPoints >= action.Minimum, Counted(facts.QuantifiedPainPoints, "quantified pain point")),
                PlaybookCheck.EconomicBuyer => (facts.Roles.Contains(StakeholderRole.EconomicBuyer), facts.Roles.Contains(StakeholderRole.EconomicBuyer) ? "known" : "nobody recorded"),
                PlaybookCheck.Champion => (facts.Roles.Contains(StakeholderRole.Champion), facts.Roles.Contains(StakeholderRole.Champion) ? "known" : "nobody recorded"),
                PlaybookCheck.Proposals => (facts.Proposals >= action.Minimum, Counted(facts.Proposals, "proposal")),
                PlaybookCheck.SentRevisions => (facts.SentRevisions >= action.Minimum, Counted(facts.SentRevisions, "sent revision")),
                _ => (confirmed?.Contains(key) == true, "confirmed by the rep"),
            };
            var count = action.Check switch
            {
                PlaybookCheck.PainPoints => facts.PainPoints,
                PlaybookCheck.QuantifiedPainPoints => facts.QuantifiedPainPoints,
                PlaybookCheck.Proposals => facts.Proposals,
                PlaybookCheck.SentRevisions => facts.SentRevisions,
                _ => (int?)null,
            };
            statuses.Add(new PlaybookActionStatus(stage, i, action, done, action.Check == PlaybookCheck.Manual && !done ? "" : detail) { Count = count });
        }
        return statuses;
    }

    /// <summary>
    /// What moving from one stage to another asks for. Moving forward leaves every stage in between, so
    /// each of their checklists applies; losing a deal needs a reason; moving back or reopening needs nothing.
    /// </summary>
    public StageMove Plan(OpportunityStage from, OpportunityStage to, PlaybookFacts facts, IReadOnlySet<string> confirmed)
    {
        if (from == to)
        {
            return new StageMove(from, to, StageMoveKind.Same, []);
        }
        if (to == OpportunityStage.Lost)
        {
            return new StageMove(from, to, StageMoveKind.Lose, []);
        }
        if (IsClosed(from) || to < from)
        {
            return new StageMove(from, to, StageMoveKind.Back, []);
        }
        var actions = new List<PlaybookActionStatus>();
        for (var stage = from; stage < to; stage++)
        {
            actions.AddRange(Check(stage, facts, confirmed));
        }
        return new StageMove(from, to, StageMoveKind.Forward, actions);
    }

    public static bool IsClosed(OpportunityStage stage) => stage is OpportunityStage.Won or OpportunityStage.Lost;

    private static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}

public enum StageMoveKind
{
    Same,
    Forward,
    Back,
    Lose,
}

/// <summary>A planned stage change: the actions of the stages it leaves, and whether a reason must be given.</summary>
public sealed record StageMove(OpportunityStage From, OpportunityStage To, StageMoveKind Kind, IReadOnlyList<PlaybookActionStatus> Actions)
{
    public IReadOnlyList<PlaybookActionStatus> Open => Actions.Where(a => !a.Done).ToList();

    public bool NeedsReason => Kind == StageMoveKind.Lose || Open.Count > 0;

    /// <summary>Why the move cannot happen as asked, or null when it can.</summary>
    public string? Problem(string? reason) => Issue(reason)?.Message;

    /// <summary>
    /// Why the move cannot happen as asked, under the field to correct (<c>stage</c> or <c>reason</c>) with a
    /// code a page can word (<see cref="DiscoveryIssueCodes.Unchanged"/>, <see cref="DiscoveryIssueCodes.TooLong"/>,
    /// <see cref="DiscoveryIssueCodes.Required"/> for a lost deal, <see cref="DiscoveryIssueCodes.ActionsOpen"/>); null when it can.
    /// </summary>
    public DiscoveryIssue? Issue(string? reason)
    {
        if (Kind == StageMoveKind.Same)
        {
            return new("stage", DiscoveryIssueCodes.Unchanged, $"The opportunity is already in {DiscoveryLabels.Stage(To)}.");
        }
        if (reason?.Trim().Length > DiscoveryLimits.ReasonMaxLength)
        {
            return new("reason", DiscoveryIssueCodes.TooLong, $"Keep the reason to {DiscoveryLimits.ReasonMaxLength} characters.");
        }
        if (!NeedsReason || !string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }
        return Kind == StageMoveKind.Lose
            ? new("reason", DiscoveryIssueCodes.Required, "Say why the deal was lost: it is what the team learns from.")
            : new("reason", DiscoveryIssueCodes.ActionsOpen,
                $"{Open.Count} playbook action{(Open.Count == 1 ? " is" : "s are")} still open: {string.Join("; ", Open.Select(a => a.Action.Text))}. Finish them, or give a reason to proceed anyway.");
    }
}
