using Configurator.Domain.Engine;

namespace Configurator.Domain.Proposals;

/// <summary>The workflow actions on a proposal, as the API names them.</summary>
public enum ProposalAction
{
    Edit,
    Submit,
    Approve,
    Reject,
    Send,
    Won,
    Lost,
    Withdraw,
}

/// <summary>
/// A solution for one opportunity: one to three (or more) options of lines, a status that follows the
/// approval workflow, and a version that every write names so that no edit is silently lost.
/// </summary>
public sealed class Proposal
{
    private readonly List<ProposalOption> _options = [];
    private readonly List<ProposalEvent> _history = [];

    private Proposal()
    {
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public string Title { get; private set; } = "";

    public string Language { get; private set; } = "en";

    public string Currency { get; private set; } = "";

    public int TermMonths { get; private set; }

    public ProposalStatus Status { get; private set; }

    public int Version { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<ProposalOption> Options => _options;

    public IReadOnlyList<ProposalEvent> History => _history;

    public static Proposal Create(int opportunityId, string title, string language, string currency, int termMonths, string createdBy, DateTimeOffset at) => new()
    {
        OpportunityId = opportunityId,
        Title = title,
        Language = language,
        Currency = currency,
        TermMonths = termMonths,
        Status = ProposalStatus.Draft,
        Version = 1,
        CreatedBy = createdBy,
        CreatedAt = at,
    };

    public IEnumerable<ProposalOption> OptionsInOrder => _options.OrderBy(o => o.Position).ThenBy(o => o.Id);

    /// <summary>Why the action is not possible now, or null when it is. The API answers a refusal with 409.</summary>
    public string? Refuses(ProposalAction action) => (action, Status) switch
    {
        (ProposalAction.Edit, ProposalStatus.Draft or ProposalStatus.InReview or ProposalStatus.Approved) => null,
        (ProposalAction.Edit, _) => $"The proposal is {ProposalTerms.Label(Status).ToLowerInvariant()}; it can no longer be changed. Start a new proposal instead.",
        (ProposalAction.Submit, ProposalStatus.Draft) => _options.Any(o => o.Lines.Count > 0) ? null : "Add at least one line before submitting the proposal.",
        (ProposalAction.Submit, _) => $"Only a draft can be submitted; this proposal is {ProposalTerms.Label(Status).ToLowerInvariant()}.",
        (ProposalAction.Approve or ProposalAction.Reject, ProposalStatus.InReview) => null,
        (ProposalAction.Approve or ProposalAction.Reject, _) => $"Only a proposal in review can be approved or rejected; this one is {ProposalTerms.Label(Status).ToLowerInvariant()}.",
        (ProposalAction.Send, ProposalStatus.Approved) => null,
        (ProposalAction.Send, _) => $"Only an approved proposal can be sent; this one is {ProposalTerms.Label(Status).ToLowerInvariant()}.",
        (ProposalAction.Won or ProposalAction.Lost, ProposalStatus.Sent) => null,
        (ProposalAction.Won or ProposalAction.Lost, _) => $"Only a sent proposal can be won or lost; this one is {ProposalTerms.Label(Status).ToLowerInvariant()}.",
        (ProposalAction.Withdraw, ProposalStatus.Won or ProposalStatus.Lost or ProposalStatus.Withdrawn) => $"The proposal is already {ProposalTerms.Label(Status).ToLowerInvariant()}.",
        (ProposalAction.Withdraw, _) => null,
        _ => "This action is not possible.",
    };

    public ProposalOption AddOption(string name, string explanation, IEnumerable<ConfigurationLine> lines, string actorId, DateTimeOffset at)
    {
        Edited(actorId, at);
        var option = ProposalOption.Create(name, explanation, _options.Count == 0 ? 1 : _options.Max(o => o.Position) + 1, lines);
        _options.Add(option);
        return option;
    }

    public ProposalLine AddLine(ProposalOption option, ItemSnapshot item, int quantity, decimal discountPercent, string reason, string actorId, DateTimeOffset at)
    {
        Edited(actorId, at);
        return Own(option).Add(item, quantity, discountPercent, reason);
    }

    public void ChangeLine(ProposalOption option, ProposalLine line, int quantity, decimal discountPercent, string actorId, DateTimeOffset at)
    {
        Edited(actorId, at);
        if (!Own(option).Lines.Contains(line))
        {
            throw new ArgumentException("The line belongs to another option.", nameof(line));
        }
        line.Change(quantity, discountPercent);
    }

    public void RemoveLine(ProposalOption option, ProposalLine line, string actorId, DateTimeOffset at)
    {
        Edited(actorId, at);
        Own(option).Remove(line);
    }

    public void RenameOption(ProposalOption option, string name, string actorId, DateTimeOffset at)
    {
        Edited(actorId, at);
        Own(option).Rename(name);
    }

    public void RemoveOption(ProposalOption option, string actorId, DateTimeOffset at)
    {
        if (_options.Count == 1)
        {
            throw new InvalidOperationException("A proposal keeps at least one option.");
        }
        Edited(actorId, at);
        _options.Remove(Own(option));
    }

    /// <summary>Moves an option left (negative) or right (positive) among the tabs.</summary>
    public void MoveOption(ProposalOption option, int offset, string actorId, DateTimeOffset at)
    {
        Edited(actorId, at);
        var ordered = OptionsInOrder.ToList();
        var from = ordered.IndexOf(Own(option));
        ordered.RemoveAt(from);
        ordered.Insert(Math.Clamp(from + offset, 0, ordered.Count), option);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
    }

    /// <summary>Submits for approval: approved at once when no approval is needed, else in review.</summary>
    public void Submit(bool approvalRequired, string reasons, string actorId, DateTimeOffset at) =>
        Move(ProposalAction.Submit, approvalRequired ? ProposalStatus.InReview : ProposalStatus.Approved, actorId, at,
            approvalRequired ? reasons : "No approval needed: every discount is within its limits.");

    public void Approve(string comment, string actorId, DateTimeOffset at) => Move(ProposalAction.Approve, ProposalStatus.Approved, actorId, at, comment);

    public void Reject(string comment, string actorId, DateTimeOffset at) => Move(ProposalAction.Reject, ProposalStatus.Draft, actorId, at, comment);

    public void Send(string actorId, DateTimeOffset at) => Move(ProposalAction.Send, ProposalStatus.Sent, actorId, at, "");

    public void MarkWon(string comment, string actorId, DateTimeOffset at) => Move(ProposalAction.Won, ProposalStatus.Won, actorId, at, comment);

    public void MarkLost(string comment, string actorId, DateTimeOffset at) => Move(ProposalAction.Lost, ProposalStatus.Lost, actorId, at, comment);

    public void Withdraw(string comment, string actorId, DateTimeOffset at) => Move(ProposalAction.Withdraw, ProposalStatus.Withdrawn, actorId, at, comment);

    private void Move(ProposalAction action, ProposalStatus to, string actorId, DateTimeOffset at, string comment)
    {
        if (Refuses(action) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
        _history.Add(ProposalEvent.Create(ProposalTerms.Code(action), Status, to, actorId, at, comment));
        Status = to;
        Version++;
    }

    /// <summary>Every change moves the version; a change to a proposal in review or approved sends it back to draft.</summary>
    private void Edited(string actorId, DateTimeOffset at)
    {
        if (Refuses(ProposalAction.Edit) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
        if (Status is ProposalStatus.InReview or ProposalStatus.Approved)
        {
            _history.Add(ProposalEvent.Create("edit", Status, ProposalStatus.Draft, actorId, at, "Changed after submission: back to draft."));
            Status = ProposalStatus.Draft;
        }
        Version++;
    }

    private ProposalOption Own(ProposalOption option) =>
        _options.Contains(option) ? option : throw new ArgumentException("The option belongs to another proposal.", nameof(option));
}
