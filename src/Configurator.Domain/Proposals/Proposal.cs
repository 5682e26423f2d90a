using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Proposals;

/// <summary>The workflow actions on a proposal; <see cref="ProposalWorkflow"/> says when each may be taken and by whom.</summary>
public enum ProposalAction
{
    Submit,
    Approve,
    Reject,
    Send,
    Won,
    Lost,
    Withdraw,
    AcceptedByClient,
    DeclinedByClient,
}

/// <summary>
/// A solution for one opportunity: one to three (or more) options of lines, a status that follows the
/// approval workflow, and a version that every write names so that no edit is silently lost.
/// </summary>
public sealed partial class Proposal
{
    private readonly List<ProposalOption> _options = [];
    private readonly List<ProposalEvent> _history = [];
    private readonly List<ProposalPainNote> _painNotes = [];

    private Proposal()
    {
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public string Title { get; private set; } = "";

    public string Language { get; private set; } = "en";

    public CurrencyCode Currency { get; private set; } = null!;

    public int TermMonths { get; private set; }

    public ProposalStatus Status { get; private set; }

    public int Version { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who last changed the content (options, lines, discounts, notes); at first, whoever created it.</summary>
    public string LastChangedBy { get; private set; } = "";

    public IReadOnlyList<ProposalOption> Options => _options;

    public IReadOnlyList<ProposalEvent> History => _history;

    /// <summary>Why the proposal leaves some pain points unanswered, one sentence each, printed in the document's challenges.</summary>
    public IReadOnlyList<ProposalPainNote> PainNotes => _painNotes;

    /// <summary>The option presales submitted, the one the approver weighs (null before the first submission).</summary>
    public int? SubmittedOptionId { get; private set; }

    /// <summary>The revision marked as sent to the client (null until one is sent).</summary>
    public int? SentRevision { get; private set; }

    /// <summary>True when a change of content sends the proposal back to draft, so the approver must approve it again.</summary>
    public bool ChangeReturnsToDraft => ProposalWorkflow.AfterAChange(Status) != Status;

    public const string OwnSubmissionRefusal = "You submitted this proposal, so another approver decides on it: four eyes see every discount.";

    public const string OwnChangeRefusal = "You last changed this proposal, so another approver decides on it: four eyes see every discount.";

    /// <summary>The last submission: who submitted, when and why (null when never submitted).</summary>
    public ProposalEvent? LastSubmission => _history.LastOrDefault(h => h.Action == ProposalWorkflow.Of(ProposalAction.Submit).Code);

    /// <summary>A new draft, or what is wrong with the title, language or contract term (all at once).</summary>
    public static (Proposal? Proposal, IReadOnlyList<ProposalIssue> Issues) Create(int opportunityId, string? title, string? language, CurrencyCode currency, int? termMonths,
        string createdBy, DateTimeOffset at)
    {
        var issues = new List<ProposalIssue>();
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            issues.Add(new(ProposalIssueCodes.TitleMissing, "Give the proposal a title, e.g. the client's goal in a few words.", "title"));
        }
        else if (trimmed.Length > ProposalTerms.TitleMaxLength)
        {
            issues.Add(new(ProposalIssueCodes.TitleTooLong, $"At most {ProposalTerms.TitleMaxLength} characters; this has {trimmed.Length}.", "title"));
        }
        language ??= ProposalTerms.Languages[0];
        if (!ProposalTerms.Languages.Contains(language))
        {
            issues.Add(new(ProposalIssueCodes.LanguageUnknown, $"Language '{language}' is not offered; use one of {string.Join(", ", ProposalTerms.Languages)}.", "language"));
        }
        var term = termMonths ?? ProposalTerms.DefaultTermMonths;
        if (ContractTerm.Problem(term) is { } termProblem)
        {
            issues.Add(new(IssueCodes.TermInvalid, termProblem, "termMonths"));
        }
        if (issues.Count > 0)
        {
            return (null, issues);
        }
        return (new Proposal
        {
            OpportunityId = opportunityId,
            Title = trimmed,
            Language = language,
            Currency = currency,
            TermMonths = term,
            Status = ProposalStatus.Draft,
            Version = 1,
            CreatedBy = createdBy,
            CreatedAt = at,
            LastChangedBy = createdBy,
        }, []);
    }

    public IEnumerable<ProposalOption> OptionsInOrder => _options.OrderBy(o => o.Position).ThenBy(o => o.Id);

    /// <summary>Why the content cannot change now, or null when it can.</summary>
    public string? EditRefusal => ProposalWorkflow.Editable.Contains(Status)
        ? null
        : $"The proposal is {StatusWord}; it can no longer be changed. Start a new proposal instead.";

    /// <summary>Why a revision cannot be issued now, or null when it can.</summary>
    public string? RevisionRefusal => ProposalWorkflow.Issuable.Contains(Status)
        ? null
        : $"A revision is issued once the proposal is approved; this one is {StatusWord}. Submit it first.";

    /// <summary>Why the action is not possible in the proposal's state, or null when it is (who may take it is the caller's question).</summary>
    public string? Refuses(ProposalAction action)
    {
        var step = ProposalWorkflow.Of(action);
        if (!step.StartsFrom(Status))
        {
            return ProposalWorkflow.Steps.Any(s => s.StartsFrom(Status))
                ? $"The proposal is {StatusWord}; “{step.Label}” is possible only when it is {string.Join(" or ", step.From.Select(f => ProposalTerms.Label(f).ToLowerInvariant()))}."
                : $"The proposal is already {StatusWord}.";
        }
        return step.ChecksTheSolution && !_options.Any(o => o.Lines.Count > 0) ? "Add at least one line before submitting the proposal." : null;
    }

    /// <summary>
    /// Separation of duties, the one place it is decided: why <paramref name="actorId"/> may not take <paramref name="step"/>
    /// because they submitted the proposal or last changed it, or null when they may (or the company allows it).
    /// </summary>
    public string? OwnWorkRefusal(WorkflowStep step, string actorId, bool allowSelfApproval)
    {
        if (!step.NotByItsAuthors || allowSelfApproval)
        {
            return null;
        }
        if (LastSubmission?.ActorId == actorId)
        {
            return OwnSubmissionRefusal;
        }
        return LastChangedBy == actorId ? OwnChangeRefusal : null;
    }

    /// <summary>The workflow steps the proposal's state allows now, in the table's order.</summary>
    public IEnumerable<WorkflowStep> PossibleSteps() => ProposalWorkflow.Steps.Where(s => Refuses(s.Action) is null);

    /// <summary>
    /// Takes a workflow step. <paramref name="options"/> is the engine's word on every option, needed by steps
    /// that check the solution (submit): refused while an option has an error; straight to approved when no
    /// option needs approval; the comment (the discount's justification) is needed when it goes to review.
    /// Submitting records <paramref name="optionId"/> (the first option when none is named) as the one the
    /// approver weighs. A step that hands a revision to the client (send) needs <paramref name="latestRevision"/>
    /// issued since the proposal was last approved, and records its number. Whoever submitted or last changed it cannot approve
    /// (<see cref="OwnWorkRefusal"/>) unless <paramref name="allowSelfApproval"/>.
    /// </summary>
    public IReadOnlyList<ProposalIssue> Take(ProposalAction action, string? comment, IReadOnlyList<EvaluatedOption>? options, string actorId, DateTimeOffset at,
        int? optionId = null, IssuedRevision? latestRevision = null, bool allowSelfApproval = false)
    {
        var step = ProposalWorkflow.Of(action);
        if (Refuses(action) is { } refusal)
        {
            return [new(Status == ProposalStatus.Draft && step.ChecksTheSolution ? ProposalIssueCodes.NothingToSubmit : ProposalIssueCodes.ActionNotAllowed, refusal)];
        }
        if (OwnWorkRefusal(step, actorId, allowSelfApproval) is { } ownWork)
        {
            return [new(ProposalIssueCodes.OwnSubmission, ownWork)];
        }
        var text = comment?.Trim() ?? "";
        if (text.Length > ProposalTerms.CommentMaxLength)
        {
            return [new(ProposalIssueCodes.CommentTooLong, $"Keep the comment to {ProposalTerms.CommentMaxLength} characters.", "comment")];
        }
        var to = step.To;
        if (step.ChecksTheSolution)
        {
            var evaluated = options ?? throw new ArgumentNullException(nameof(options), $"“{step.Label}” needs the evaluated options.");
            var submitted = optionId is { } named ? _options.FirstOrDefault(o => o.Id == named) : OptionsInOrder.First();
            if (submitted is null)
            {
                return [new(ProposalIssueCodes.OptionUnknown, $"The proposal has no option with the id {optionId}; name one of its options, or none for the first.", "optionId")];
            }
            if (evaluated.SelectMany(o => o.Evaluation.Issues).FirstOrDefault(i => i.Severity == IssueSeverity.Error) is { } error)
            {
                return [new(ProposalIssueCodes.ErrorsToFix, $"Fix the errors before submitting: {error.Message}")];
            }
            if (!EvaluatedOption.ApprovalOf(evaluated).Required)
            {
                to = ProposalStatus.Approved;
                text = text.Length > 0 ? text : "No approval needed: every discount is within its limits.";
            }
            else if (step.CommentNeeded is { } justify && text.Length == 0)
            {
                return [new(ProposalIssueCodes.CommentNeeded, justify, "comment")];
            }
            SubmittedOptionId = submitted.Id;
        }
        else if (step.CommentNeeded is { } ask && text.Length == 0)
        {
            return [new(ProposalIssueCodes.CommentNeeded, ask, "comment")];
        }
        if (step.NeedsIssuedRevision)
        {
            var approvedAt = _history.LastOrDefault(h => h.To == ProposalStatus.Approved)?.At;
            if (latestRevision is null || (approvedAt is { } approved && latestRevision.IssuedAt < approved))
            {
                return [new(ProposalIssueCodes.RevisionNeeded, latestRevision is null
                    ? "Issue a revision first: the client receives a numbered revision, and this proposal has none."
                    : $"Issue a revision first: revision {latestRevision.Number} was issued before the proposal was last approved, so it is not what was approved.")];
            }
            if (SentRevision is { } sent && latestRevision.Number <= sent)
            {
                return [new(ProposalIssueCodes.RevisionAlreadySent, $"Revision {sent} is already sent; issue a newer revision to send the client a new version.")];
            }
            SentRevision = latestRevision.Number;
            text = text.Length > 0 ? $"Revision {latestRevision.Number} sent. {text}" : $"Revision {latestRevision.Number} sent.";
        }
        _history.Add(ProposalEvent.Create(step.Code, Status, to, actorId, at, text));
        Status = to;
        Version++;
        return [];
    }

    /// <summary>What the engine says about every option, in tab order.</summary>
    public IReadOnlyList<EvaluatedOption> Evaluate(IReadOnlyList<ClientPain> pains, IReadOnlyDictionary<string, OfferItemSpec> catalogue, EnginePolicy policy)
    {
        var explained = _painNotes.Select(n => n.PainPointId).ToHashSet();
        return OptionsInOrder.Select(o => new EvaluatedOption(o,
            Evaluator.Evaluate(o.ToConfiguration(Currency, TermMonths) with { ExplainedPains = explained }, pains, catalogue, policy))).ToList();
    }

    private string StatusWord => ProposalTerms.Label(Status).ToLowerInvariant();

    private IReadOnlyList<ProposalIssue>? EditRefused() => EditRefusal is { } refusal ? [new(ProposalIssueCodes.NotEditable, refusal)] : null;

    private ProposalIssue? OptionNameProblem(string name, ProposalOption? except)
    {
        if (name.Length == 0 || name.Length > ProposalTerms.OptionNameMaxLength)
        {
            return new(ProposalIssueCodes.OptionNameInvalid, $"Give the option a name of 1 to {ProposalTerms.OptionNameMaxLength} characters, e.g. Essential.", "name");
        }
        return _options.Any(o => o != except && string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
            ? new(ProposalIssueCodes.OptionNameTaken, $"The proposal already has an option called {name}.", "name")
            : null;
    }

    private static ProposalIssue? NoteProblem(string text, string field) => text.Length > ProposalTerms.NoteMaxLength
        ? new(ProposalIssueCodes.NoteTooLong, $"Keep it to {ProposalTerms.NoteMaxLength} characters, a sentence or two; this has {text.Length}.", field)
        : null;

    private static List<ProposalIssue> LineProblems(ItemSnapshot item, int quantity, decimal givenDiscount, out Percentage discount)
    {
        var issues = new List<ProposalIssue>();
        if (LineRules.QuantityProblem(item, quantity) is { } quantityProblem)
        {
            issues.Add(new(IssueCodes.QuantityOutOfBounds, quantityProblem, "quantity"));
        }
        if (!Percentage.TryFrom(givenDiscount, out discount) && LineRules.DiscountProblem(givenDiscount) is { } discountProblem)
        {
            issues.Add(new(IssueCodes.DiscountOutOfRange, char.ToUpperInvariant(discountProblem[0]) + discountProblem[1..], "discountPercent"));
        }
        return issues;
    }

    /// <summary>Every change moves the version; a change to a proposal in review or approved sends it back to draft (<see cref="ProposalWorkflow.ReturnedToDraftByAChange"/>).</summary>
    private void Edited(string actorId, DateTimeOffset at)
    {
        if (ProposalWorkflow.AfterAChange(Status) is var after && after != Status)
        {
            _history.Add(ProposalEvent.Create(ProposalEvent.EditAction, Status, after, actorId, at,
                Status == ProposalStatus.Approved ? "Changed after approval: back to draft, to be approved again." : "Changed during review: back to draft, to be submitted again."));
            Status = after;
        }
        LastChangedBy = actorId;
        Version++;
    }

    private ProposalOption Own(ProposalOption option) =>
        _options.Contains(option) ? option : throw new ArgumentException("The option belongs to another proposal.", nameof(option));
}
