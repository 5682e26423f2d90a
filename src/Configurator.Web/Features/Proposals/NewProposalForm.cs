using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>The "New proposal" form on the opportunity page.</summary>
public sealed class NewProposalForm
{
    public string? Title { get; set; }

    public string? Language { get; set; } = "en";

    public int? TermMonths { get; set; } = ProposalTerms.DefaultTermMonths;

    /// <summary>recommendation, options or empty.</summary>
    public string? Start { get; set; } = "recommendation";
}
