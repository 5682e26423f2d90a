namespace Configurator.Web.Features.Proposals;

public sealed record ProposalListViewModel(IReadOnlyList<ProposalRow> Rows, IReadOnlyList<ApprovalQueueRow> Queue, bool CanApprove);
