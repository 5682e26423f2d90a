using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

public sealed record OpportunityRow(int Id, string Name, OpportunityStage Stage, DateOnly? ExpectedClose, decimal? Budget, string Currency,
    string OwnerId, int PainPoints, int Stakeholders);
