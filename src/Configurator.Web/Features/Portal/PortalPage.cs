using Configurator.Domain.Portal;

namespace Configurator.Web.Features.Portal;

/// <summary>
/// The client's proposal page: the revision as issued, what this recipient chose, the answer the revision got, this
/// link's thread, and what was refused in the last form (with what was typed, so nothing has to be typed again).
/// </summary>
public sealed record PortalPage(string Token, PortalVisit Visit, IReadOnlyList<ClientLinkIssue> Issues)
{
    public AcceptInput? Accept { get; init; }

    public DeclineInput? Decline { get; init; }

    public string? Question { get; init; }

    /// <summary>Which form the issues belong to: accept, decline, ask or choose.</summary>
    public string Form { get; init; } = "";

    public IssuedProposal Issued => Visit.Issued;

    public int? ChosenOptionId => Accept?.OptionId ?? Visit.Link.ChosenOptionId;

    /// <summary>The option accepted (by anyone) when the revision was accepted.</summary>
    public IssuedProposal.Option? AcceptedOption => Visit.Decision is { Kind: ClientDecisionKind.Accepted, OptionId: { } id }
        ? Issued.Proposal.Options.FirstOrDefault(o => o.Id == id)
        : null;

    /// <summary>Why the recipient cannot answer now (shown instead of the accept and decline forms), unless the revision was already answered (then the answer is shown).</summary>
    public ClientLinkIssue? Refusal => Visit.Decision is null ? Visit.AnswerRefusal : null;

    public bool CanAnswer => Visit.AnswerRefusal is null;

    public IEnumerable<ClientLinkIssue> IssuesOf(string form) => Form == form ? Issues : [];

    /// <summary>A form's issue that belongs to no field (the link, the decision): shown at the top of the page.</summary>
    public IEnumerable<ClientLinkIssue> PageIssues => Issues.Where(i => i.Field is null);

    public ClientLinkIssue? IssueFor(string form, string field) => IssuesOf(form).FirstOrDefault(i => i.Field == field);

    /// <summary>Where the page's forms post: the link itself.</summary>
    public string Action => "/p/" + Token;

    /// <summary>An amount in the proposal's currency, as the document prints it.</summary>
    public string Money(decimal amount) => Localization.Display.Money(amount, Issued.Proposal.Currency);

    /// <summary>The message next to a form's field, in the page's words; null when the field is fine.</summary>
    public string? Error(string form, string field, PortalWords words) => IssueFor(form, field) is { } issue ? words.Issue(issue, Visit) : null;
}
