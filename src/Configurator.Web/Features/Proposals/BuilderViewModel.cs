using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>Everything the builder shows for one proposal and its selected option.</summary>
public sealed record BuilderViewModel(
    Proposal Proposal,
    Opportunity Opportunity,
    string AccountName,
    IReadOnlyList<EvaluatedOption> Options,
    EvaluatedOption Selected,
    ProposalContext Context,
    IReadOnlyDictionary<int, Domain.Discovery.PainPoint> PainPoints,
    IReadOnlyList<Stakeholder> KeyPeople,
    BuilderPermissions Can)
{
    public IReadOnlyList<RevisionRow> Revisions { get; init; } = [];

    /// <summary>Items whose proposal text fails to render for this client.</summary>
    public IReadOnlyList<ProposalTextFailure> TextFailures { get; init; } = [];

    /// <summary>Display names by user id, for the history.</summary>
    public IReadOnlyDictionary<string, string> People { get; init; } = new Dictionary<string, string>();

    /// <summary>A refused change: its message, and the values the person typed, kept in the field.</summary>
    public BuilderProblem? Problem { get; init; }

    public Approval Approval => ProposalEngine.ApprovalOf(Options);

    public string Money(decimal amount) => Domain.Catalogue.Currency.Format(amount, Proposal.Currency);

    /// <summary>The eligible items not yet in the selected option, for "add item".</summary>
    public IEnumerable<ItemSnapshot> Addable => Context.Eligible.Eligible.Where(i => Selected.Option.Lines.All(l => l.Item.Code != i.Code));

    public string Url => $"/proposals/{Proposal.Id}";
}

public sealed record BuilderPermissions(bool Edit, bool Approve, bool SeeCosts);

/// <summary>What went wrong with a change: a message for the page, field errors, and for a line edit the line and the values typed.</summary>
public sealed record BuilderProblem(string Message, IReadOnlyList<(string Path, string Message)> Errors, int? LineId = null, string? Quantity = null, string? Discount = null, string? ItemCode = null)
{
    public string For(string path) => string.Join(" ", Errors.Where(e => e.Path == path).Select(e => e.Message));
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

    public int? TermMonths { get; set; } = 36;

    /// <summary>recommendation, options or empty.</summary>
    public string? Start { get; set; } = "recommendation";
}

/// <summary>Search results for "add item": eligible items not yet in the option, those that answer open pain first.</summary>
public sealed record AddableModel(string Query, IReadOnlyList<Configurator.Domain.Engine.ItemSnapshot> Items, IReadOnlyDictionary<string, string> Answers, string LinesUrl, int Version, Func<decimal, string> Money)
{
    /// <summary>Items that exclude, or are excluded by, a line already in the option, and which line.</summary>
    public IReadOnlyDictionary<string, string> Conflicts { get; init; } = new Dictionary<string, string>();
}

public sealed record CompareViewModel(Proposal Proposal, int Number, RevisionComparison Comparison)
{
    public string Money(decimal? amount) => amount is { } value ? Domain.Catalogue.Currency.Format(value, Proposal.Currency) : "—";
}
