using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposals in review as the approver weighs them: each with the option that was submitted (the
/// first, for one submitted before the option was recorded), evaluated as the builder evaluates it. A proposal
/// is evaluated once per change of itself, of the catalogue or of its pain points (<see cref="ApprovalFiguresCache"/>);
/// a view of the queue reads the keys with the names, and the people, in a few queries and prices nothing that did not change.
/// </summary>
public sealed class ApprovalQueue(ConfiguratorDbContext db, ProposalService proposals, CatalogueCache catalogue, ApprovalFiguresCache figures, TimeProvider clock,
    ProposalPageWords words, IOptions<ProposalSettings> settings, IStringLocalizer<Text> T)
{
    /// <summary>Every proposal in review, as <paramref name="actorId"/> sees it: Approve is held back on their own submissions and changes.</summary>
    public async Task<IReadOnlyList<ApprovalQueueRow>> RowsAsync(bool canSeeCosts, string actorId, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(null, canSeeCosts, actorId, cancellationToken);
        figures.KeepOnly(rows.Select(r => r.ProposalId).ToHashSet());
        return rows;
    }

    /// <summary>The proposal's row, or null when it is not waiting for approval.</summary>
    public async Task<ApprovalQueueRow?> RowAsync(int id, bool canSeeCosts, string actorId, CancellationToken cancellationToken) =>
        (await RowsAsync([id], canSeeCosts, actorId, cancellationToken)).FirstOrDefault();

    private async Task<List<ApprovalQueueRow>> RowsAsync(int[]? only, bool canSeeCosts, string actorId, CancellationToken cancellationToken)
    {
        // The catalogue revision is read before anything is evaluated: figures are never kept under a newer key than their data.
        var revision = (await catalogue.GetAsync(db, cancellationToken)).Revision;
        var inReview = db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.InReview);
        var heads = await (from p in only is null ? inReview : inReview.Where(p => only.Contains(p.Id))
                           join o in db.Opportunities on p.OpportunityId equals o.Id
                           join a in db.Accounts on o.AccountId equals a.Id
                           orderby p.Id
                           select new { p.Id, p.Version, p.OpportunityId, Client = a.Name, Opportunity = o.Name }).ToListAsync(cancellationToken);
        if (heads.Count == 0)
        {
            return [];
        }
        // Their pain points in one grouped pass over the opportunities in review, rather than three lookups per proposal.
        var opportunityIds = heads.Select(h => h.OpportunityId).Distinct().ToList();
        var pains = await db.PainPoints.AsNoTracking().Where(pp => opportunityIds.Contains(pp.OpportunityId)).GroupBy(pp => pp.OpportunityId)
            .Select(g => new { OpportunityId = g.Key, Count = g.Count(), Versions = g.Sum(pp => pp.Version), Newest = g.Max(pp => pp.Id) })
            .ToDictionaryAsync(g => g.OpportunityId, cancellationToken);
        var names = heads.ToDictionary(h => h.Id, h => (h.Client, h.Opportunity));
        var keys = heads.ToDictionary(h => h.Id, h => pains.TryGetValue(h.OpportunityId, out var theirs)
            ? new ApprovalFiguresKey(h.Version, revision, theirs.Count, theirs.Versions, theirs.Newest)
            : new ApprovalFiguresKey(h.Version, revision, 0, 0, 0));
        var kept = keys.Select(k => figures.Get(k.Key, k.Value)).OfType<ApprovalFigures>().ToDictionary(f => f.Proposal.Id);
        var missing = keys.Keys.Where(id => !kept.ContainsKey(id)).ToList();
        var fresh = missing.Count == 0 ? Enumerable.Empty<ApprovalFigures>() : (await proposals.ReadDetachedAsync(missing, cancellationToken)).Select(read => Keep(read, keys[read.Proposal.Id])).OfType<ApprovalFigures>();
        var evaluated = kept.Values.Concat(fresh).OrderBy(f => f.Proposal.Id).ToList();
        var peopleIds = evaluated.SelectMany(f => new[] { f.Proposal.LastChangedBy, f.Proposal.LastSubmission?.ActorId }).OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var now = clock.GetUtcNow();
        return evaluated.Where(f => f.Proposal.Status == ProposalStatus.InReview)
            .Select(f => Row(f, names[f.Proposal.Id].Client, names[f.Proposal.Id].Opportunity, people, canSeeCosts, actorId, now)).ToList();
    }

    /// <summary>Keeps the proposal as the builder evaluates it under the key read before it was loaded; null for one without options.</summary>
    private ApprovalFigures? Keep(ProposalRead read, ApprovalFiguresKey key)
    {
        if (read.Options.Count == 0)
        {
            return null;
        }
        figures.CountEvaluation();
        var submitted = read.Options.FirstOrDefault(o => o.Option.Id == read.Proposal.SubmittedOptionId) ?? read.Options[0];
        var evaluated = new ApprovalFigures(key, read.Proposal, submitted, read.Context.Policy);
        figures.Keep(read.Proposal.Id, evaluated);
        return evaluated;
    }

    private ApprovalQueueRow Row(ApprovalFigures figures, string client, string opportunity, Dictionary<string, string> people, bool canSeeCosts, string actorId, DateTimeOffset now)
    {
        var (proposal, submitted) = (figures.Proposal, figures.Submitted);
        var e = submitted.Evaluation;
        var submission = proposal.LastSubmission;
        var submitter = submission is null ? null : people.GetValueOrDefault(submission.ActorId);
        var largest = e.Lines.OrderByDescending(l => l.Line.DiscountPercent).FirstOrDefault(l => l.Line.DiscountPercent > 0);
        var submittedAt = submission?.At ?? proposal.CreatedAt;
        return new ApprovalQueueRow(proposal.Id, proposal.Title, client, opportunity, proposal.OpportunityId, proposal.Version,
            submitted.Option.Id, submitted.Option.Name, proposal.Currency, e.Totals.ContractValue.Amount,
            canSeeCosts ? e.Margin?.Percent : null,
            largest?.Line.DiscountPercent.Value ?? 0m, largest?.Item.TextsFor(proposal.Language).Name,
            e.Differentiation.Share, e.Differentiation.Risk, e.Value.PaybackMonths,
            submitter ?? T["A former user"], submittedAt, now - submittedAt,
            submission?.Comment ?? "", words.ApprovalReasons([submitted], figures.Policy))
        {
            WaitedText = words.Waited(now - submittedAt),
            ChangedBy = proposal.LastChangedBy != submission?.ActorId ? people.GetValueOrDefault(proposal.LastChangedBy) ?? T["A former user"].Value : null,
            ApproveRefusal = proposal.OwnWorkRefusal(ProposalWorkflow.Of(ProposalAction.Approve), actorId, settings.Value.AllowSelfApproval) is { } refusal ? T[refusal].Value : null,
        };
    }
}
