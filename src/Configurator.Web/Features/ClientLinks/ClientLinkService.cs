using System.Globalization;
using Configurator.Domain.Discovery;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Mail;
using Configurator.Web.Features.Portal;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>
/// Sending a revision to the client, for the send page and the API alike: one personal link per recipient
/// (only the token's hash is stored), the proposal marked sent with that revision, older links superseded,
/// the opportunity's timeline told, and, when a mail server is set up, one e-mail per recipient. Also
/// revoking a link and reading what each recipient did (engagement).
/// </summary>
public sealed class ClientLinkService(ConfiguratorDbContext db, IMailOutbox outbox, ClientLinkMail mail, TimeProvider clock, IOptions<ProposalSettings> settings)
{
    /// <summary>The conflict message when someone changed the proposal at the same moment.</summary>
    public const string ConcurrentSend = "Someone changed the proposal at the same moment; nothing was sent. Reload it and send again.";

    public async Task<SendOutcome> SendAsync(int proposalId, int revisionNumber, SendInput input, string actorId, string baseUrl, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.Include(p => p.History).FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        var revisions = await db.ProposalRevisions.AsNoTracking().Where(r => r.ProposalId == proposalId).OrderByDescending(r => r.Number)
            .Select(r => new IssuedRevision(r.Number, r.IssuedAt)).ToListAsync(cancellationToken);
        if (proposal is null || revisions.All(r => r.Number != revisionNumber))
        {
            return SendOutcome.Refused(UseCaseResult.NotFound(proposal is null ? $"There is no proposal with the id {proposalId}." : $"Proposal {proposalId} has no revision {revisionNumber}."), revisionNumber);
        }
        if (ClientSending.Refusal(proposal, revisionNumber, revisions.FirstOrDefault()?.Number) is { } refusal)
        {
            return SendOutcome.Refused(UseCaseResult.Conflict(refusal.Message), revisionNumber);
        }
        var now = clock.GetUtcNow();
        var revision = revisions.First(r => r.Number == revisionNumber);
        var (expiresAt, expiryError) = Expiry(input.ExpiresAt, revision, now);
        var opportunity = await db.Opportunities.AsNoTracking().FirstAsync(o => o.Id == proposal.OpportunityId, cancellationToken);
        var people = await db.Stakeholders.AsNoTracking().Include(s => s.Person).Where(s => s.OpportunityId == proposal.OpportunityId).ToDictionaryAsync(s => s.Id, cancellationToken);

        var errors = new List<FieldError>();
        if (expiryError is not null)
        {
            errors.Add(expiryError);
        }
        var recipients = input.Recipients ?? [];
        if (recipients.Count == 0)
        {
            errors.Add(new("recipients", "Choose at least one person to send the proposal to.", ClientLinkIssueCodes.NoRecipients));
        }
        var made = new List<(ClientLink Link, string Token, Stakeholder Person)>();
        var seen = new HashSet<int>();
        for (var i = 0; i < recipients.Count; i++)
        {
            var id = recipients[i];
            if (!people.TryGetValue(id, out var person))
            {
                errors.Add(new($"recipients[{i}]", $"There is no person with the id {id} among the people of this opportunity.", ClientLinkIssueCodes.RecipientUnknown));
                continue;
            }
            if (!seen.Add(id))
            {
                continue;
            }
            var (token, hash) = ClientTokens.New();
            // An unreadable expiry is already reported; the link's own checks then look at a valid placeholder.
            var (link, issues) = ClientLink.Create(proposalId, revisionNumber, id, person.Name, person.Person.Email, hash, input.Message,
                expiryError is null ? expiresAt : now.AddDays(1), actorId, now);
            foreach (var issue in issues)
            {
                errors.Add(new(issue.Field == "recipients" ? $"recipients[{i}]" : issue.Field ?? "", issue.Message, issue.Code));
            }
            if (link is not null)
            {
                made.Add((link, token, person));
            }
        }
        if (recipients.Count > 0 && made.Count == 0 && errors.Count == 0)
        {
            errors.Add(new("recipients", "Choose at least one person to send the proposal to.", ClientLinkIssueCodes.NoRecipients));
        }
        if (errors.Count > 0)
        {
            // The same message or expiry refused once per recipient is said once.
            return SendOutcome.Refused(UseCaseResult.Invalid(errors.DistinctBy(e => (e.Field, e.Message))), revisionNumber);
        }

        if (ClientSending.MarksSent(proposal, revisionNumber) && proposal.Take(ProposalAction.Send, null, null, actorId, now, latestRevision: revision) is { Count: > 0 } refused)
        {
            return SendOutcome.Refused(UseCaseResult.Conflict(refused[0].Message), revisionNumber);
        }
        var earlier = await db.ClientLinks.Where(l => l.ProposalId == proposalId && l.RevokedAt == null && l.SupersededBy == null).ToListAsync(cancellationToken);
        foreach (var old in earlier)
        {
            if (old.RevisionNumber < revisionNumber)
            {
                old.Supersede(revisionNumber);
            }
            else if (old.RevisionNumber == revisionNumber && seen.Contains(old.StakeholderId))
            {
                // Sending again to the same person: their previous link stops, so only one link of theirs opens.
                old.Revoke(actorId, now);
            }
        }
        db.ClientLinks.AddRange(made.Select(m => m.Link));
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunity.Id, ActivityKind.ProposalSent,
            ActivityText.Of("Revision {0} of {1} sent to {2}", ActivityPart.Number(revisionNumber), ActivityPart.Name(proposal.Title),
                ActivityPart.Name(string.Join(", ", made.Select(m => m.Person.Name)))),
            actorId, now));
        var saved = await db.SaveOrConflictAsync(cancellationToken, conflict: ConcurrentSend);
        if (!saved.Succeeded)
        {
            return SendOutcome.Refused(saved, revisionNumber);
        }

        var links = made.Select(m => new SentLink(m.Person.Id, m.Link.Id, m.Link.RecipientName, m.Link.RecipientEmail, PublicBaseUrl.LinkFor(baseUrl, m.Token))).ToList();
        var mailed = outbox.IsConfigured;
        if (mailed)
        {
            var account = await db.Accounts.AsNoTracking().Where(a => a.Id == opportunity.AccountId).Select(a => a.Name).FirstAsync(cancellationToken);
            var sender = await db.Users.AsNoTracking().Where(u => u.Id == actorId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
            foreach (var (link, url) in made.Select((m, i) => (m.Link, links[i].Url)))
            {
                outbox.Enqueue(mail.Compose(proposal.Language, new ClientLinkLetter(account, proposal.Title, link.RecipientName, link.RecipientEmail, link.Message, url,
                    link.ExpiresAt, sender?.DisplayName ?? "", sender?.Email ?? "")));
            }
        }
        return new SendOutcome(UseCaseResult.Done(), links, mailed, revisionNumber);
    }

    /// <summary>Stops a link from opening; the answer is the link's engagement row as it is now.</summary>
    public async Task<(UseCaseResult Result, EngagementRow? Row)> RevokeAsync(int proposalId, int linkId, string actorId, CancellationToken cancellationToken)
    {
        if (await db.ClientLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.ProposalId == proposalId, cancellationToken) is not { } link)
        {
            return (UseCaseResult.NotFound($"Proposal {proposalId} has no link with the id {linkId}."), null);
        }
        link.Revoke(actorId, clock.GetUtcNow());
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.Succeeded)
        {
            return (saved, null);
        }
        return (saved, (await EngagementAsync(proposalId, cancellationToken))!.First(r => r.LinkId == linkId));
    }

    /// <summary>Every link of the proposal with what its recipient did, newest revision first; null when there is no such proposal.</summary>
    public async Task<IReadOnlyList<EngagementRow>?> EngagementAsync(int proposalId, CancellationToken cancellationToken)
    {
        if (!await db.Proposals.AnyAsync(p => p.Id == proposalId, cancellationToken))
        {
            return null;
        }
        var links = await db.ClientLinks.AsNoTracking().Where(l => l.ProposalId == proposalId).ToListAsync(cancellationToken);
        var decisions = await db.ClientDecisions.AsNoTracking().Where(d => d.ProposalId == proposalId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return links.OrderByDescending(l => l.RevisionNumber).ThenByDescending(l => l.SentAt).ThenBy(l => l.RecipientName, StringComparer.CurrentCulture).ThenBy(l => l.Id)
            .Select(l => Row(l, decisions.FirstOrDefault(d => d.ClientLinkId == l.Id), now)).ToList();
    }

    /// <summary>The engagement of each proposal's links in a few words' worth of figures, for the proposals list.</summary>
    public async Task<IReadOnlyDictionary<int, EngagementSummary>> SummariesAsync(IReadOnlyCollection<int> proposalIds, CancellationToken cancellationToken)
    {
        var links = await db.ClientLinks.AsNoTracking().Where(l => proposalIds.Contains(l.ProposalId))
            .Select(l => new { l.ProposalId, l.Views, l.LastOpenedAt }).ToListAsync(cancellationToken);
        var decisions = await db.ClientDecisions.AsNoTracking().Where(d => proposalIds.Contains(d.ProposalId))
            .Select(d => new { d.ProposalId, d.RevisionNumber, d.Kind }).ToListAsync(cancellationToken);
        return links.GroupBy(l => l.ProposalId).ToDictionary(g => g.Key, g => new EngagementSummary(
            g.Sum(l => l.Views), g.Max(l => l.LastOpenedAt),
            decisions.Where(d => d.ProposalId == g.Key).OrderByDescending(d => d.RevisionNumber).Select(d => (ClientDecisionKind?)d.Kind).FirstOrDefault()));
    }

    /// <summary>The send page's starting values: the default expiry date and message, in the proposal's language.</summary>
    public async Task<SendDefaults?> DefaultsAsync(int proposalId, int revisionNumber, CancellationToken cancellationToken)
    {
        var revision = await db.ProposalRevisions.AsNoTracking().Where(r => r.ProposalId == proposalId && r.Number == revisionNumber)
            .Select(r => new IssuedRevision(r.Number, r.IssuedAt)).FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            return null;
        }
        var expiry = ClientSending.DefaultExpiry(ValidUntil(revision), clock.GetUtcNow());
        return new SendDefaults(DateOnly.FromDateTime(expiry.UtcDateTime).AddDays(-1));
    }

    private static EngagementRow Row(ClientLink l, ClientDecision? d, DateTimeOffset now) =>
        new(l.Id, l.StakeholderId, l.RecipientName, l.RecipientEmail, l.RevisionNumber, l.StateAt(now), l.SentAt, l.ExpiresAt, l.FirstOpenedAt, l.LastOpenedAt,
            l.Views, l.SecondsSpent, l.Downloads, l.ChosenOptionId,
            d is null ? null : new EngagementDecision(d.Kind, d.At, d.OptionId, d.DeclineReason, d.Text));

    /// <summary>The date the revision's document says it is valid until (its issue date plus <c>Proposals:ValidityDays</c>).</summary>
    private DateOnly ValidUntil(IssuedRevision revision) => DateOnly.FromDateTime(revision.IssuedAt.UtcDateTime).AddDays(settings.Value.ValidityDays);

    /// <summary>The expiry the sender named (a date opens through that day), or the default; or why it cannot be read.</summary>
    private (DateTimeOffset At, FieldError? Error) Expiry(string? text, IssuedRevision revision, DateTimeOffset now)
    {
        var given = text?.Trim() ?? "";
        if (given.Length == 0)
        {
            return (ClientSending.DefaultExpiry(ValidUntil(revision), now), null);
        }
        if (DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (ClientSending.EndOf(date), null);
        }
        if (given.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return (at, null);
        }
        return (now, new FieldError("expiresAt", "Give the expiry as a date, such as 2027-01-31.", ClientLinkIssueCodes.ExpiryUnreadable));
    }
}
