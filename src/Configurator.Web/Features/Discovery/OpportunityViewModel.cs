using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

public sealed record OpportunityViewModel(
    Opportunity Opportunity,
    Account Account,
    IReadOnlyDictionary<string, string> Owners,
    IReadOnlyList<PainCategorySpec> Categories,
    DiscoverySummary Summary,
    PainPointForm Capture,
    StakeholderForm Stakeholder,
    bool CanEdit,
    bool Added);
