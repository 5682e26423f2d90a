using Configurator.Domain.Discovery;
using Configurator.Domain.Portal;
using Configurator.Web.Data;
using Configurator.Web.Features.Discovery;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>
/// The opportunity's timeline entries for what its clients did with the links they were sent: each recipient's
/// first opening of a revision, and the client's acceptance or decline. They are read from the links and the
/// decisions (the client has no user id, and the portal writes no timeline), named after the recipient.
/// </summary>
public static class ClientTimeline
{
    public static async Task<IReadOnlyList<TimelineRow>> RowsAsync(ConfiguratorDbContext db, int opportunityId, CancellationToken cancellationToken)
    {
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.OpportunityId == opportunityId).Select(p => new { p.Id, p.Title }).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        if (proposals.Count == 0)
        {
            return [];
        }
        var ids = proposals.Keys.ToList();
        var opened = await db.ClientLinks.AsNoTracking().Where(l => ids.Contains(l.ProposalId) && l.FirstOpenedAt != null)
            .Select(l => new { l.Id, l.ProposalId, l.RevisionNumber, l.RecipientName, l.FirstOpenedAt }).ToListAsync(cancellationToken);
        var decisions = await db.ClientDecisions.AsNoTracking().Where(d => ids.Contains(d.ProposalId)).ToListAsync(cancellationToken);
        var names = decisions.Count == 0 ? new Dictionary<int, string>()
            : await db.ClientLinks.AsNoTracking().Where(l => ids.Contains(l.ProposalId)).ToDictionaryAsync(l => l.Id, l => l.RecipientName, cancellationToken);

        var rows = opened.Select(l => Row(l.FirstOpenedAt!.Value, l.RecipientName, ActivityKind.ClientOpened,
            ActivityText.Of("Opened revision {0} of {1}", ActivityPart.Number(l.RevisionNumber), ActivityPart.Name(proposals[l.ProposalId])), [], opportunityId)).ToList();
        foreach (var d in decisions)
        {
            var revision = ActivityPart.Number(d.RevisionNumber);
            var title = ActivityPart.Name(proposals[d.ProposalId]);
            var who = names.GetValueOrDefault(d.ClientLinkId, d.SignerName);
            rows.Add(d.Kind == ClientDecisionKind.Accepted
                ? Row(d.At, who, ActivityKind.ClientAccepted, ActivityText.Of("Accepted revision {0} of {1}", revision, title), [], opportunityId)
                : Row(d.At, who, ActivityKind.ClientDeclined, ActivityText.Of("Declined revision {0} of {1}", revision, title), Reason(d), opportunityId));
        }
        return rows;
    }

    private static List<ActivityText> Reason(ClientDecision d)
    {
        var detail = new List<ActivityText>();
        if (d.DeclineReason is { } reason)
        {
            detail.Add(d.Competitor.Length > 0
                ? ActivityText.Of("Reason: {0} ({1})", ActivityPart.Term(ReasonTerm(reason)), ActivityPart.Name(d.Competitor))
                : ActivityText.Of("Reason: {0}", ActivityPart.Term(ReasonTerm(reason))));
        }
        if (d.Text.Length > 0)
        {
            detail.Add(ActivityText.Of("“{0}”", ActivityPart.Name(d.Text)));
        }
        return detail;
    }

    /// <summary>The English words of a reason, as the engagement panel says them (<see cref="ClientLinkWords.Reason"/>).</summary>
    private static string ReasonTerm(DeclineReason reason) => reason switch
    {
        DeclineReason.Price => "Price",
        DeclineReason.Timing => "Timing",
        DeclineReason.Competitor => "Chose a competitor",
        DeclineReason.NoBudget => "No budget",
        DeclineReason.NotAFit => "Not a fit",
        _ => "Other",
    };

    private static TimelineRow Row(DateTimeOffset at, string who, ActivityKind kind, ActivityText summary, IReadOnlyList<ActivityText> detail, int opportunityId) =>
        new(at, who, kind, summary.English(), string.Join("; ", detail.Select(d => d.English())), opportunityId, new ActivityWords(summary, detail));
}
