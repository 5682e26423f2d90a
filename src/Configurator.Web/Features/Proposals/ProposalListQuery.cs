namespace Configurator.Web.Features.Proposals;

/// <summary>The proposal list's filters as sent, by the page or the API; <see cref="ProposalList"/> checks them.</summary>
public sealed class ProposalListQuery
{
    /// <summary>A status code (draft, in-review, approved, sent, won, lost, withdrawn).</summary>
    public string? Status { get; set; }

    /// <summary>An opportunity's id.</summary>
    public string? Opportunity { get; set; }

    /// <summary>An account's id.</summary>
    public string? Account { get; set; }

    /// <summary>The owner of the proposal's opportunity: a user's id, <c>me</c> or <c>anyone</c>.</summary>
    public string? Owner { get; set; }

    /// <summary>Part of the proposal's title, or of its opportunity's or account's name.</summary>
    public string? Q { get; set; }
}
