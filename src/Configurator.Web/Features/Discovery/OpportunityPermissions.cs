
namespace Configurator.Web.Features.Discovery;

public sealed record OpportunityPermissions(bool Edit, bool Reassign, bool CreateProposals);
