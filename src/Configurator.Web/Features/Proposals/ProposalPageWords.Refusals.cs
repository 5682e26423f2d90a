using System.Globalization;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Proposals;
/// <summary>The engine's issues and the proposal's refusals, worded for a page in the reader's language by their stable codes.</summary>
public sealed partial class ProposalPageWords
{
    /// <summary>What the engine says about an option, in the page's words.</summary>
    public string Issue(EngineIssue issue, Evaluation evaluation, Proposal proposal, EnginePolicy policy)
    {
        if (English)
        {
            return issue.Message;
        }
        var priced = evaluation.Lines.FirstOrDefault(l => issue.LineId is { } id && l.Line.Id == id)
            ?? evaluation.Lines.FirstOrDefault(l => l.Item.Code == issue.ItemCode);
        var pain = evaluation.Coverage.FirstOrDefault(c => c.Pain.Id == issue.PainPointId)?.Pain;
        if (priced is { } p)
        {
            var item = p.Item;
            switch (issue.Code)
            {
                case IssueCodes.ItemNotFound or IssueCodes.ItemRetired or IssueCodes.ItemNotActive or IssueCodes.ItemNotPriced:
                    return ItemProblem(issue.Code, Name(item), item.Code, proposal.Currency);
                case IssueCodes.QuantityOutOfBounds:
                    return Quantity(item, p.Line.Quantity);
                case IssueCodes.DuplicateItem:
                    return T["{0} ({1}) is in the configuration twice; keep one line and set its quantity.", Name(item), item.Code];
                case IssueCodes.RequiresMissing:
                    var present = evaluation.Lines.Select(l => l.Item.Code).ToHashSet(StringComparer.Ordinal);
                    return T["{0} ({1}) requires {2}; add it or remove this line.", Name(item), item.Code, string.Join(T[", "], item.Requires.Where(r => !present.Contains(r)))];
                case IssueCodes.ExcludesConflict when evaluation.Lines.FirstOrDefault(o => o != p && (item.Excludes.Contains(o.Item.Code) || o.Item.Excludes.Contains(item.Code))) is { } other:
                    return T["{0} ({1}) and {2} ({3}) exclude each other; keep one of them.", Name(other.Item), other.Item.Code, Name(item), item.Code];
                case IssueCodes.LineAnswersNothing:
                    return T["{0} ({1}) answers none of the client's pain points; say why it is there, or remove it.", Name(item), item.Code];
                case IssueCodes.DiscountNeedsApproval:
                    return TextExtensions.Sentences(LineDiscount(p), T["An approver must agree."]);
            }
        }
        if (pain is not null)
        {
            switch (issue.Code)
            {
                case IssueCodes.PainUncovered:
                    return T["Nothing answers “{0}”; add an item that addresses it, or say in the proposal why not.", pain.Title];
                case IssueCodes.PainWeak:
                    return T["“{0}” is only weakly answered; a stronger item or an innovation would cover it.", pain.Title];
            }
        }
        return issue.Code switch
        {
            IssueCodes.TotalsDiscountNeedsApproval => TextExtensions.Sentences(TotalsDiscount(evaluation.Totals, policy), T["An approver must agree."]),
            IssueCodes.DifferentiationRiskHigh => evaluation.Totals.DiscountPercent > 10m
                ? T["Innovations and services carry {0} of the contract value at a {1} discount: this offer invites a price war.", Percent(evaluation.Differentiation.Share * 100m), Percent(evaluation.Totals.DiscountPercent)]
                : T["Innovations and services carry {0} of the contract value: this offer invites a price war.", Percent(evaluation.Differentiation.Share * 100m)],
            _ => T[issue.Message],
        };
    }

    /// <summary>Why approval is needed, option by option (named when there are several), as the builder and the queue list it.</summary>
    public IReadOnlyList<string> ApprovalReasons(IReadOnlyList<EvaluatedOption> options, EnginePolicy policy) => English
        ? EvaluatedOption.ApprovalOf(options).Reasons
        : options.SelectMany(o => Reasons(o.Evaluation, policy).Select(r => options.Count > 1 ? T["{0}: {1}", o.Option.Name, r].Value : r)).ToList();

    /// <summary>A refused change in the page's words: field errors by their code, the rest by the proposal's state.</summary>
    public BuilderProblem Problem(BuilderProblem problem, BuilderViewModel model) => English ? problem : problem with
    {
        Message = Refusal(problem.Message, model.Proposal),
        Errors = [.. problem.Errors.Select(e => e with { Message = FieldMessage(e, model, problem) })],
    };

    /// <summary>A refusal that has no field (the proposal's state, a clash of versions), in the page's words.</summary>
    public string Refusal(string message, Proposal? proposal)
    {
        if (English || message.Length == 0)
        {
            return message;
        }
        if (proposal is not null)
        {
            if (message == proposal.EditRefusal)
            {
                return T["The proposal is {0}; it can no longer be changed. Start a new proposal instead.", Status(proposal.Status)];
            }
            if (message == proposal.RevisionRefusal)
            {
                return T["A revision is issued once the proposal is approved; this one is {0}. Submit it first.", Status(proposal.Status)];
            }
            foreach (var step in ProposalWorkflow.Steps)
            {
                if (message == proposal.Refuses(step.Action))
                {
                    return ActionRefusal(step, proposal);
                }
            }
        }
        if (message == UseCaseResult.Invalid().Message)
        {
            return T["Nothing was changed: check the values marked below."];
        }
        if (message.StartsWith("The proposal has changed since version ", StringComparison.Ordinal) || message.StartsWith("Someone changed the proposal", StringComparison.Ordinal))
        {
            return T["Someone changed the proposal in the meantime; nothing of yours was saved. This is how it is now: apply your change again."];
        }
        if (message.StartsWith("The PDF could not be printed", StringComparison.Ordinal))
        {
            return T["The PDF could not be printed just now; nothing was issued. Try again in a moment."];
        }
        if (message.StartsWith("Someone issued a revision of this proposal", StringComparison.Ordinal))
        {
            return T["Someone issued a revision of this proposal at the same moment; reload to see it."];
        }
        if (message.StartsWith("Fix the errors before submitting", StringComparison.Ordinal))
        {
            return T["Fix the errors before submitting: the issues list names them."];
        }
        if (message.StartsWith("Issue a revision first: revision ", StringComparison.Ordinal))
        {
            return T["Issue a revision first: the latest one was issued before the proposal was last approved, so it is not what was approved."];
        }
        return T[message];
    }

    /// <summary>The queue's refusal of an approve or reject: the state's reason, or what the comment lacks.</summary>
    public string QueueRefusal(UseCaseResult result, Proposal? proposal) => string.Join(" ",
        new[] { result.Outcome == Outcome.Invalid ? null : Refusal(result.Message ?? "", proposal) }
            .Concat(result.FieldErrors.Select(e => FieldMessage(e, null, null))).OfType<string>().Where(s => s.Length > 0));
    /// <summary>What is wrong with a new proposal's title, language or term, for the opportunity page.</summary>
    public string NewProposalField(FieldError error) => English ? error.Message : (error.Field, error.Code) switch
    {
        ("title", ProposalIssueCodes.TitleMissing) => T["Give the proposal a title, e.g. the client's goal in a few words."],
        ("title", ProposalIssueCodes.TitleTooLong) => T["Keep the title to {0} characters.", ProposalTerms.TitleMaxLength],
        ("language", _) => T["Choose English or Chinese for the proposal."],
        ("termMonths", IssueCodes.TermInvalid) => T["The contract term is a whole number of months from {0} to {1}.", ContractTerm.MinMonths, ContractTerm.MaxMonths],
        ("termMonths", _) => T["Give the contract term as a whole number of months, e.g. 36."],
        _ => T[error.Message],
    };

    private string FieldMessage(FieldError error, BuilderViewModel? model, BuilderProblem? typed)
    {
        if (English)
        {
            return error.Message;
        }
        var line = model?.Selected.Evaluation.Lines.FirstOrDefault(l => typed?.LineId is { } id && l.Line.Id == id);
        return (error.Field, error.Code) switch
        {
            ("quantity", IssueCodes.QuantityOutOfBounds) when line is not null && int.TryParse(typed?.Quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) => Quantity(line.Item, q),
            ("quantity", null) => T["Give the quantity as a whole number."],
            ("discountPercent", IssueCodes.DiscountOutOfRange) => T["A discount of {0} is not possible; give a percentage from {1} to {2}.",
                typed?.Discount?.Trim() + "%", Percentage.MinValue, Percentage.MaxValue],
            ("discountPercent", null) => T["Give the discount as a number from 0 to 100."],
            ("note" or "text", ProposalIssueCodes.NoteTooLong) => T["Keep it to {0} characters, a sentence or two; this has {1}.", ProposalTerms.NoteMaxLength, (typed?.Note ?? "").Trim().Length],
            ("percent", _) => T["Give the share of the pain's cost this line removes, from 0 to 100 percent."],
            ("reason", ProposalIssueCodes.ImprovementReasonNeeded) => T["Say why you expect this, e.g. what the client measured or what a similar client achieved; the buyer reads it next to the figure."],
            ("reason", ProposalIssueCodes.NoteTooLong) => T["Keep it to {0} characters, a sentence or two; this has {1}.", ProposalTerms.NoteMaxLength, (typed?.Note ?? "").Trim().Length],
            ("category", _) => T["Choose a pain category this line answers."],
            ("comment", ProposalIssueCodes.CommentTooLong) => T["Keep the comment to {0} characters.", ProposalTerms.CommentMaxLength],
            ("comment", ProposalIssueCodes.CommentNeeded) when ProposalWorkflow.Steps.FirstOrDefault(s => s.CommentNeeded == error.Message) is { } step => T[step.CommentNeeded!],
            ("name", ProposalIssueCodes.OptionNameInvalid) => T["Give the option a name of 1 to {0} characters, e.g. {1}.", ProposalTerms.OptionNameMaxLength, model?.Options.FirstOrDefault()?.Option.Name ?? T["Essential"]],
            ("name", ProposalIssueCodes.OptionNameTaken) => T["The proposal already has an option with that name."],
            ("name", ProposalIssueCodes.TooManyOptions) => T["A proposal keeps at most {0} options; delete one before adding another.", ProposalTerms.MaxOptions],
            ("itemCode", ProposalIssueCodes.TooManyLines) => T["An option keeps at most {0} lines; remove one before adding another.", ProposalTerms.MaxLinesPerOption],
            ("copyFrom", _) => T["Choose an option of this proposal to copy."],
            ("itemCode", ProposalIssueCodes.ItemUnknown) => (typed?.ItemCode?.Trim() ?? "").Length == 0
                ? T["Name the item to add by its code."]
                : T["There is no item '{0}' in the catalogue.", typed!.ItemCode!.Trim()],
            ("itemCode", ProposalIssueCodes.ItemAlreadyInOption) when model is not null && Item(model, typed?.ItemCode) is { } item
                => T["{0} ({1}) is already in {2}; change its quantity instead.", Name(item), item.Code, model.Selected.Option.Name],
            ("itemCode", ProposalIssueCodes.RuleClash) when model is not null && Item(model, typed?.ItemCode) is { } item
                => T["{0} ({1}) cannot be added: the catalogue's rules keep it out of this option; choose another item.", Name(item), item.Code],
            ("itemCode", IssueCodes.ItemNotFound or IssueCodes.ItemRetired or IssueCodes.ItemNotActive or IssueCodes.ItemNotPriced) when model is not null && Item(model, typed?.ItemCode) is { } item
                => ItemProblem(error.Code!, Name(item), item.Code, model.Proposal.Currency),
            ("quantity", IssueCodes.QuantityOutOfBounds) when model is not null && Item(model, typed?.ItemCode) is { } item
                && ItemSnapshot.Of(item, model.Proposal.Currency) is { } snapshot && int.TryParse(typed?.Quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var added)
                => Quantity(snapshot, added),
            _ => T[error.Message],
        };
    }

    private static OfferItemSpec? Item(BuilderViewModel model, string? code) =>
        code is null ? null : model.Context.Catalogue.ByCode.GetValueOrDefault(code.Trim());

    private string ActionRefusal(WorkflowStep step, Proposal proposal) =>
        step.ChecksTheSolution && step.StartsFrom(proposal.Status)
            ? T["Add at least one line before submitting the proposal."]
            : ProposalWorkflow.Steps.Any(s => s.StartsFrom(proposal.Status))
                ? T["The proposal is {0}; “{1}” is possible only when it is {2}.", Status(proposal.Status), Step(step), string.Join(T[" or "], step.From.Select(Status))]
                : T["The proposal is already {0}.", Status(proposal.Status)];

    private IEnumerable<string> Reasons(Evaluation evaluation, EnginePolicy policy)
    {
        foreach (var line in evaluation.Lines.Where(l => l.Line.DiscountPercent > l.Item.MaxDiscountPercent))
        {
            yield return LineDiscount(line);
        }
        if (evaluation.Totals.DiscountPercent > policy.TotalsDiscountLimitPercent.Value)
        {
            yield return TotalsDiscount(evaluation.Totals, policy);
        }
    }

    private string LineDiscount(PricedLine line) => T["{0} ({1}) is discounted {2}, beyond its {3} limit.",
        Name(line.Item), line.Item.Code, Percent(line.Line.DiscountPercent.Value), Percent(line.Item.MaxDiscountPercent.Value)];

    private string TotalsDiscount(Totals totals, EnginePolicy policy) => T["The total discount is {0}, beyond the {1} policy.",
        Percent(totals.DiscountPercent), Percent(policy.TotalsDiscountLimitPercent.Value)];

    /// <summary>Why an item cannot be proposed in the currency, by the engine's code.</summary>
    public string ItemProblem(string code, string name, string itemCode, string currency) => code switch
    {
        IssueCodes.ItemNotFound => T["{0} ({1}) is no longer in the catalogue; remove the line or choose another item.", name, itemCode],
        IssueCodes.ItemRetired => T["{0} ({1}) is retired and can no longer be proposed; choose its successor.", name, itemCode],
        IssueCodes.ItemNotActive => T["{0} ({1}) is still a draft; a product manager must activate it before it can be proposed.", name, itemCode],
        _ => T["{0} ({1}) has no price in {2}; ask a product manager for one or choose another item.", name, itemCode, currency],
    };

    private string Quantity(ItemSnapshot item, int quantity) => T["{0} ({1}) is sold in quantities from {2} to {3} {4}; {5} is outside that.",
        Name(item), item.Code, item.Quantity.Min, item.Quantity.Max, item.TextsFor(Languages.Current).Unit, quantity];

    private static string Percent(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
