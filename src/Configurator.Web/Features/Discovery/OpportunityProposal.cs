
namespace Configurator.Web.Features.Discovery;

public sealed record OpportunityProposal(int Id, string Title, Configurator.Domain.Proposals.ProposalStatus Status);
