using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposals in review as the approver weighs them: each with the option that was submitted (the
/// first, for one submitted before the option was recorded), evaluated as the builder evaluates it.
/// </summary>
public sealed class ApprovalQueue(ConfiguratorDbContext db, ProposalService proposals, TimeProvider clock, ProposalPageWords words, IOptions<ProposalSettings> settings, IStringLocalizer<Text> T)
{
    /// <summary>Every proposal in review, as <paramref name="actorId"/> sees it: Approve is held back on their own submissions and changes.</summary>
    public async Task<IReadOnlyList<ApprovalQueueRow>> RowsAsync(bool canSeeCosts, string actorId, CancellationToken cancellationToken)
    {
        var ids = await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.InReview).Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = new List<ApprovalQueueRow>();
        foreach (var id in ids)
        {
            if (await RowAsync(id, canSeeCosts, actorId, cancellationToken) is { } row)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>The proposal's row, or null when it is not waiting for approval.</summary>
    public async Task<ApprovalQueueRow?> RowAsync(int id, bool canSeeCosts, string actorId, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read || read.Proposal.Status != ProposalStatus.InReview || read.Options.Count == 0)
        {
            return null;
        }
        var proposal = read.Proposal;
        var submitted = read.Options.FirstOrDefault(o => o.Option.Id == proposal.SubmittedOptionId) ?? read.Options[0];
        var e = submitted.Evaluation;
        var names = await (from o in db.Opportunities
                           join a in db.Accounts on o.AccountId equals a.Id
                           where o.Id == proposal.OpportunityId
                           select new { Client = a.Name, Opportunity = o.Name }).FirstAsync(cancellationToken);
        var submission = proposal.LastSubmission;
        var people = await db.Users.AsNoTracking().Where(u => u.Id == proposal.LastChangedBy || (submission != null && u.Id == submission.ActorId))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var submitter = submission is null ? null : people.GetValueOrDefault(submission.ActorId);
        var largest = e.Lines.OrderByDescending(l => l.Line.DiscountPercent).FirstOrDefault(l => l.Line.DiscountPercent > 0);
        var submittedAt = submission?.At ?? proposal.CreatedAt;
        return new ApprovalQueueRow(proposal.Id, proposal.Title, names.Client, names.Opportunity, proposal.OpportunityId, proposal.Version,
            submitted.Option.Id, submitted.Option.Name, proposal.Currency, e.Totals.ContractValue.Amount,
            canSeeCosts ? e.Margin?.Percent : null,
            largest?.Line.DiscountPercent.Value ?? 0m, largest?.Item.TextsFor(proposal.Language).Name,
            e.Differentiation.Share, e.Differentiation.Risk, e.Value.PaybackMonths,
            submitter ?? T["A former user"], submittedAt, clock.GetUtcNow() - submittedAt,
            submission?.Comment ?? "", words.ApprovalReasons([submitted], read.Context.Policy))
        {
            WaitedText = words.Waited(clock.GetUtcNow() - submittedAt),
            ChangedBy = proposal.LastChangedBy != submission?.ActorId ? people.GetValueOrDefault(proposal.LastChangedBy) ?? T["A former user"].Value : null,
            ApproveRefusal = proposal.OwnWorkRefusal(ProposalWorkflow.Of(ProposalAction.Approve), actorId, settings.Value.AllowSelfApproval) is { } refusal ? T[refusal].Value : null,
        };
    }
}
