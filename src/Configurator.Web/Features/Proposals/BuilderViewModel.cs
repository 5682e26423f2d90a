using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// Everything the builder shows for one proposal and its selected option, with the decisions (which
/// buttons, which forms) already taken: views only lay it out.
/// </summary>
public sealed record BuilderViewModel(
    Proposal Proposal,
    BuilderClient Client,
    IReadOnlyList<EvaluatedOption> Options,
    EvaluatedOption Selected,
    ProposalContext Context,
    BuilderPermissions Can)
{
    /// <summary>The pain points' people: who decides and what each cares about (loaded when the pain points are shown).</summary>
    public IReadOnlyList<KeyPerson> KeyPeople { get; init; } = [];

    public IReadOnlyList<RevisionRow> Revisions { get; init; } = [];

    /// <summary>Items whose proposal text fails to render for this client.</summary>
    public IReadOnlyList<ProposalTextFailure> TextFailures { get; init; } = [];

    /// <summary>The items of the proposal whose words the document prints in the default language for want of a translation into the proposal's language.</summary>
    public IReadOnlyList<(string Code, string Name, IReadOnlyList<string> Fields)> Untranslated { get; } = Options
        .SelectMany(o => o.Evaluation.Lines).Select(l => l.Item).DistinctBy(i => i.Code)
        .Select(i => (i.Code, i.TextsFor(Proposal.Language).Name, i.MissingTexts(Proposal.Language)))
        .Where(i => i.Item3.Count > 0)
        .ToList();

    /// <summary>Display names by user id, for the history.</summary>
    public IReadOnlyDictionary<string, string> People { get; init; } = new Dictionary<string, string>();

    /// <summary>A refused change: its message, and the values the person typed, kept in the field.</summary>
    public BuilderProblem? Problem { get; init; }

    /// <summary>The line a change was made to, when the answer is that line alone.</summary>
    public int? ChangedLineId { get; init; }

    /// <summary>True while a partial is rendered as an out-of-band swap of a fragment response.</summary>
    public bool OutOfBand { get; init; }

    public Approval Approval { get; } = EvaluatedOption.ApprovalOf(Options);

    /// <summary>The page's words for what the proposal and the engine say.</summary>
    public required ProposalPageWords Words { get; init; }

    /// <summary>Why an approver is needed, in the page's words.</summary>
    public IReadOnlyList<string> ApprovalReasons => Words.ApprovalReasons(Options, Context.Policy);

    /// <summary>An engine issue about the selected option, in the page's words.</summary>
    public string Say(EngineIssue issue) => Words.Issue(issue, Selected.Evaluation, Proposal, Context.Policy);

    /// <summary>Lines, options and the add-item search can be changed: the person may edit and the proposal's state allows it.</summary>
    public bool Editable => Can.Edit && Proposal.EditRefusal is null;

    public bool CanIssueRevision => Can.Edit && Proposal.RevisionRefusal is null;

    /// <summary>
    /// What the client said when declining the sent revision online: the Lost button's comment starts from it, and becomes
    /// the lost reason when presales confirm it. Null when the client has not declined since it was last sent.
    /// </summary>
    public string? ClientDeclineReason => Proposal.Status == ProposalStatus.Sent
        && Proposal.History.OrderBy(h => h.Id).LastOrDefault(h => h.Action == ProposalWorkflow.Of(ProposalAction.DeclinedByClient).Code
            || h.Action == ProposalWorkflow.Of(ProposalAction.Send).Code) is { } last
        && last.Action == ProposalWorkflow.Of(ProposalAction.DeclinedByClient).Code
            ? last.Comment
            : null;

    /// <summary>The workflow steps this person may take now, as buttons: submit names the option it submits, send the revision it sends.</summary>
    public IReadOnlyList<WorkflowButton> Buttons => [.. Proposal.PossibleSteps().Where(s => s.MayBeTakenBy(Can.IsInRole))
        .Where(s => !s.NeedsIssuedRevision || Revisions.Count == 0 || Domain.Portal.ClientSending.MarksSent(Proposal, Revisions[0].Number)).Select(Button)];

    private WorkflowButton Button(WorkflowStep step)
    {
        if (Can.OwnWork(step) is { } ownWork)
        {
            // Separation of duties: the reason in place of a button that could only be refused.
            return new WorkflowButton(step.Code, Words.Step(step), null, false, step.Primary) { Hint = Words.Refusal(ownWork, Proposal), Refused = true };
        }
        if (step.ChecksTheSolution)
        {
            var name = Selected.Option.Name;
            var several = Options.Count > 1;
            return Approval.Required
                ? new WorkflowButton(step.Code, several ? Words.SubmitOptionForApproval(name) : Words.SubmitForApproval, Words.Prompt(step), step.NeedsComment, step.Primary)
                : new WorkflowButton(step.Code, several ? Words.SubmitOptionNoApproval(name) : Words.SubmitNoApproval, null, false, step.Primary);
        }
        if (step.NeedsIssuedRevision)
        {
            return Revisions.Count > 0
                ? new WorkflowButton(step.Code, Words.MarkRevisionSent(Revisions[0].Number), Words.Prompt(step), step.NeedsComment, step.Primary)
                : new WorkflowButton(step.Code, Words.Step(step), Words.Prompt(step), step.NeedsComment, step.Primary) { Hint = Words.IssueRevisionFirst };
        }
        return new WorkflowButton(step.Code, Words.Step(step), Words.Prompt(step), step.NeedsComment, step.Primary);
    }

    public string Money(decimal amount) => Localization.Display.Money(amount, Proposal.Currency);

    public string Money(Domain.Catalogue.Money amount) => Localization.Display.Money(amount);

    public BuilderUrls Urls { get; } = new(Proposal.Id, Selected.Option.Id);

    /// <summary>The attribute value that makes a partial's root an out-of-band swap, or null (no attribute) in a page.</summary>
    public string? SwapOob => OutOfBand ? "true" : null;
}
