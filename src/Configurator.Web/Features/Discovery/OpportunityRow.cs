using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>An opportunity on its account's page.</summary>
public sealed record OpportunityRow(int Id, string Name, OpportunityStage Stage, DateOnly? ExpectedClose, decimal? Budget, string Currency,
    string OwnerId, int PainPoints, int Stakeholders, string NextStepText, DateOnly? NextStepDue)
{
    public NextStep? NextStep => Domain.Discovery.NextStep.Of(NextStepText, NextStepDue);
}
