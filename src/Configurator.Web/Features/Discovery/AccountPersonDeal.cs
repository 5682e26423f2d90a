using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>One deal a person of the account is in, and their role in it.</summary>
public sealed record AccountPersonDeal(int OpportunityId, string OpportunityName, StakeholderRole Role);
