using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>An opportunity in the lists: the opportunities page shows it, the API answers it as it is.</summary>
public sealed record OpportunityListRow(int Id, string Name, int AccountId, string Account, OpportunityStage Stage, DateOnly? ExpectedClose, decimal? Budget,
    string Currency, string OwnerId, string? NextStep, DateOnly? NextStepDue, bool NextStepOverdue, int Version);
