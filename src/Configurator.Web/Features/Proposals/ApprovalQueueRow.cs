using Configurator.Domain.Engine;

namespace Configurator.Web.Features.Proposals;

/// <summary>A proposal waiting for an approver, with what the approver weighs.</summary>
public sealed record ApprovalQueueRow(ProposalRow Proposal, Approval Approval, Evaluation FirstOption);
