using System.Text.Encodings.Web;
using Configurator.Web.Data;
using Configurator.Web.Features.Mail;
using Configurator.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Notifications;

/// <summary>
/// Tells the people on the deal what the client did: a row for each one's bell, and, when SMTP is configured, an
/// e-mail in each one's own language with a link to the builder. Disabled accounts hear nothing.
/// </summary>
public sealed class ClientActivityNotifier(ConfiguratorDbContext db, IMailOutbox outbox, NotificationWords words, AppAddress address, TimeProvider clock)
    : IClientActivityNotifier
{
    public async Task NotifyAsync(ClientActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var deal = await (from p in db.Proposals
                          join o in db.Opportunities on p.OpportunityId equals o.Id
                          where p.Id == activity.ProposalId
                          select new { p.Title, p.CreatedBy, o.OwnerId }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return;
        }
        var senderId = await db.ClientLinks.AsNoTracking()
            .Where(l => l.Id == activity.ClientLinkId && l.ProposalId == activity.ProposalId)
            .Select(l => l.SentById).FirstOrDefaultAsync(cancellationToken);
        var ids = NotificationRecipients.Of(deal.OwnerId, deal.CreatedBy, senderId);
        var people = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.DisabledAt == null)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.Language })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var notifications = people.Select(p => Notification.For(p.Id, activity, now)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(cancellationToken);

        if (!outbox.IsConfigured)
        {
            return;
        }
        var link = address.Absolute(BuilderUrls.Proposal(activity.ProposalId));
        var detail = Notification.Shorten(activity.Detail);
        foreach (var person in people.Where(p => !string.IsNullOrWhiteSpace(p.Email)))
        {
            using (LanguageScope.Use(person.Language))
            {
                var sentence = words.Sentence(activity.Kind, activity.RecipientName, deal.Title, detail);
                var html = HtmlEncoder.Default;
                outbox.Enqueue(new OutgoingMail(person.Email!, person.DisplayName,
                    words.Headline(activity.Kind, activity.RecipientName, deal.Title),
                    $"{sentence}\n\n{words.OpenTheProposalAt(link)}\n",
                    $"<p>{html.Encode(sentence)}</p>\n<p><a href=\"{html.Encode(link)}\">{html.Encode(words.OpenTheProposal)}</a></p>\n"));
            }
        }
    }
}
