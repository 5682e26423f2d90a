using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

public sealed record AccountViewModel(Account Account, IReadOnlyList<OpportunityRow> Opportunities, IReadOnlyDictionary<string, string> Owners,
    OpportunityForm NewOpportunity, IReadOnlyList<TimelineRow> Timeline, bool CanEdit, bool CanReassign)
{
    /// <summary>The date next steps are overdue against.</summary>
    public DateOnly Today { get; init; }

    public IReadOnlyList<AccountPersonRow> People { get; init; } = [];
}
