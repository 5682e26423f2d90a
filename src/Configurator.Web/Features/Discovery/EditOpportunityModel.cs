
namespace Configurator.Web.Features.Discovery;

public sealed record EditOpportunityModel(int Id, string CurrentName, string Currency, OpportunityForm Form);
