using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Features.Shared;

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

    /// <summary>The workflow steps this person may take now, as buttons.</summary>
    public IReadOnlyList<WorkflowButton> Buttons { get; } = Proposal.PossibleSteps()
        .Where(s => s.MayBeTakenBy(Can.IsInRole))
        .Select(s => new WorkflowButton(s.Code, s.ChecksTheSolution ? (EvaluatedOption.ApprovalOf(Options).Required ? "Submit for approval" : "Submit (no approval needed)") : s.Label,
            s.CommentNeeded, s.Primary))
        .ToList();

    public string Money(decimal amount) => Domain.Catalogue.Currency.Format(amount, Proposal.Currency);

    /// <summary>The eligible items not yet in the selected option, for "add item".</summary>
    public IEnumerable<ItemSnapshot> Addable => Context.Eligible.Eligible.Where(i => Selected.Option.Lines.All(l => l.Item.Code != i.Code));

    public BuilderUrls Urls { get; } = new(Proposal.Id, Selected.Option.Id);

    /// <summary>The attribute value that makes a partial's root an out-of-band swap, or null (no attribute) in a page.</summary>
    public string? SwapOob => OutOfBand ? "true" : null;
}

/// <summary>The client as the builder names it: account and opportunity.</summary>
public sealed record BuilderClient(int OpportunityId, string OpportunityName, string AccountName, string Industry, string Region);

/// <summary>Someone in the decision chain whom the builder shows, with the pain points they care about and whether each is answered.</summary>
public sealed record KeyPerson(string Name, StakeholderRole Role, Stance Stance, IReadOnlyList<(string Title, bool Answered)> Cares);

/// <summary>What the person may do on the builder: edit the proposal, see costs, and each workflow step's roles.</summary>
public sealed record BuilderPermissions(bool Edit, bool SeeCosts, Func<string, bool> IsInRole);

/// <summary>One workflow button: the action, its label, the comment it asks for (if any).</summary>
public sealed record WorkflowButton(string Code, string Label, string? CommentNeeded, bool Primary);

/// <summary>What went wrong with a change: a message for the page, field errors, and for a line edit the line and the values typed.</summary>
public sealed record BuilderProblem(string Message, IReadOnlyList<FieldError> Errors, int? LineId = null, string? Quantity = null, string? Discount = null, string? ItemCode = null)
{
    public string For(string field) => string.Join(" ", Errors.Where(e => e.Field == field).Select(e => e.Message));
}

/// <summary>A proposal in the lists.</summary>
public sealed record ProposalRow(int Id, string Title, string Opportunity, int OpportunityId, ProposalStatus Status, string Currency, int Version, DateTimeOffset CreatedAt);

/// <summary>A proposal waiting for an approver, with what the approver weighs.</summary>
public sealed record ApprovalQueueRow(ProposalRow Proposal, Approval Approval, Evaluation FirstOption);

public sealed record ProposalListViewModel(IReadOnlyList<ProposalRow> Rows, IReadOnlyList<ApprovalQueueRow> Queue, bool CanApprove);

/// <summary>The "New proposal" form on the opportunity page.</summary>
public sealed class NewProposalForm
{
    public string? Title { get; set; }

    public string? Language { get; set; } = "en";

    public int? TermMonths { get; set; } = ProposalTerms.DefaultTermMonths;

    /// <summary>recommendation, options or empty.</summary>
    public string? Start { get; set; } = "recommendation";
}

/// <summary>Search results for "add item": eligible items not yet in the option, those that answer open pain first.</summary>
public sealed record AddableModel(string Query, IReadOnlyList<ItemSnapshot> Items, IReadOnlyDictionary<string, string> Answers, string LinesUrl, int Version, Func<decimal, string> Money)
{
    /// <summary>Why an item cannot join the option (a clash with a line, or with what it requires), by item code.</summary>
    public IReadOnlyDictionary<string, string> Clashes { get; init; } = new Dictionary<string, string>();
}

public sealed record CompareViewModel(Proposal Proposal, int Number, RevisionComparison Comparison)
{
    public string Money(decimal? amount) => amount is { } value ? Domain.Catalogue.Currency.Format(value, Proposal.Currency) : "—";
}

/// <summary>One line of the selected option as the builder shows it, with the values typed if a change to it was refused.</summary>
public sealed record LineView(BuilderViewModel Builder, PricedLine Priced)
{
    public BuilderProblem? Problem => Builder.Problem?.LineId == Priced.Line.Id ? Builder.Problem : null;

    public IEnumerable<EngineIssue> Issues => Builder.Selected.Evaluation.Issues.Where(i => i.LineId == Priced.Line.Id);

    /// <summary>The ids of the pain points the line answers, for the highlight.</summary>
    public string Answers => string.Join(' ', Builder.Selected.Evaluation.Answers.FirstOrDefault(a => a.LineId == Priced.Line.Id)?.PainPointIds ?? []);
}
