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

    /// <summary>Lines, options and the add-item search can be changed: the person may edit and the proposal's state allows it.</summary>
    public bool Editable => Can.Edit && Proposal.EditRefusal is null;

    public bool CanIssueRevision => Can.Edit && Proposal.RevisionRefusal is null;

    /// <summary>The workflow steps this person may take now, as buttons: submit names the option it submits, send the revision it sends.</summary>
    public IReadOnlyList<WorkflowButton> Buttons => [.. Proposal.PossibleSteps().Where(s => s.MayBeTakenBy(Can.IsInRole)).Select(Button)];

    private WorkflowButton Button(WorkflowStep step)
    {
        if (step.ChecksTheSolution)
        {
            var option = Options.Count > 1 ? $" {Selected.Option.Name}" : "";
            return Approval.Required
                ? new WorkflowButton(step.Code, $"Submit{option} for approval", step.CommentPrompt, step.NeedsComment, step.Primary)
                : new WorkflowButton(step.Code, $"Submit{option} (no approval needed)", null, false, step.Primary);
        }
        if (step.NeedsIssuedRevision)
        {
            return Revisions.Count > 0
                ? new WorkflowButton(step.Code, $"Mark revision {Revisions[0].Number} as sent", step.CommentPrompt, step.NeedsComment, step.Primary)
                : new WorkflowButton(step.Code, step.Label, step.CommentPrompt, step.NeedsComment, step.Primary) { Hint = "Issue a revision first (below): the client receives a numbered revision." };
        }
        return new WorkflowButton(step.Code, step.Label, step.CommentPrompt, step.NeedsComment, step.Primary);
    }

    public string Money(decimal amount) => Domain.Catalogue.Currency.Format(amount, Proposal.Currency);

    public string Money(Domain.Catalogue.Money amount) => amount.ToString();

    public BuilderUrls Urls { get; } = new(Proposal.Id, Selected.Option.Id);

    /// <summary>The attribute value that makes a partial's root an out-of-band swap, or null (no attribute) in a page.</summary>
    public string? SwapOob => OutOfBand ? "true" : null;
}
