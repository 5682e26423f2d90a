using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

// The view models of the account pages: small records that travel together.

public sealed record AccountRow(int Id, string Name, string Industry, string Region, string OwnerId, int Opportunities);

public sealed record AccountListViewModel(
    AccountListQuery Query,
    IReadOnlyList<AccountRow> Rows,
    int Total,
    IReadOnlyDictionary<string, string> Owners,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Regions);

public sealed record OpportunityRow(int Id, string Name, OpportunityStage Stage, DateOnly? ExpectedClose, decimal? Budget, string Currency,
    string OwnerId, int PainPoints, int Stakeholders);

public sealed record AccountViewModel(Account Account, IReadOnlyList<OpportunityRow> Opportunities, IReadOnlyDictionary<string, string> Owners,
    OpportunityForm NewOpportunity, IReadOnlyList<TimelineRow> Timeline, bool CanEdit, bool CanReassign);
