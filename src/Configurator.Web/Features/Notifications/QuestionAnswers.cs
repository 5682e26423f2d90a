using System.Security.Claims;
using System.Text.Encodings.Web;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Mail;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Notifications;

/// <summary>
/// The company's side of the client's questions: the threads the builder shows, and an answer from the rep who owns
/// the opportunity or from presales, saved in the thread and, when SMTP is configured, e-mailed to the client.
/// </summary>
public sealed class QuestionAnswers(ConfiguratorDbContext db, IMailOutbox outbox, IStringLocalizer<Text> T, TimeProvider clock)
{
    /// <summary>Who may answer a client: presales (whoever edits proposals) and the rep who owns the opportunity.</summary>
    public static bool MayAnswer(ClaimsPrincipal user, string opportunityOwnerId) =>
        ProposalWorkflow.EditorRoles.Any(user.IsInRole) || (opportunityOwnerId.Length > 0 && user.ActorId() == opportunityOwnerId);

    /// <summary>Whether this person may answer on the proposal; null when there is no such proposal.</summary>
    public async Task<bool?> MayAnswerAsync(int proposalId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var owner = await OwnerAsync(proposalId, cancellationToken);
        return owner is null ? null : MayAnswer(user, owner);
    }

    /// <summary>Every link of the proposal with its thread, oldest message first; null when there is no such proposal.</summary>
    public async Task<ClientQuestionsViewModel?> PanelAsync(int proposalId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await OwnerAsync(proposalId, cancellationToken) is not { } owner)
        {
            return null;
        }
        var links = await db.ClientLinks.AsNoTracking().Where(l => l.ProposalId == proposalId).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by a DateTimeOffset.
        var messages = (await db.ClientQuestions.AsNoTracking().Where(q => q.ProposalId == proposalId).ToListAsync(cancellationToken))
            .OrderBy(q => q.At).ThenBy(q => q.Id).ToLookup(q => q.ClientLinkId);
        return new ClientQuestionsViewModel(proposalId,
            [.. links.Select(l => new ClientThread(l.Id, l.RecipientName, l.RecipientEmail, l.RevisionNumber, [.. messages[l.Id]]))],
            MayAnswer(user, owner));
    }

    /// <summary>
    /// Saves the answer in the link's thread and e-mails it to the client when SMTP is configured. Not found when the
    /// link is not one of this proposal's; invalid (on <c>text</c>, in the reader's words) when the answer is empty or too long.
    /// The caller checks <see cref="MayAnswerAsync"/> first.
    /// </summary>
    public async Task<(UseCaseResult Result, bool Emailed)> AnswerAsync(int proposalId, int linkId, ClaimsPrincipal user, string? text, CancellationToken cancellationToken)
    {
        var link = await db.ClientLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.ProposalId == proposalId, cancellationToken);
        if (link is null)
        {
            return (UseCaseResult.NotFound("There is no such link on this proposal."), false);
        }
        if (ClientQuestion.AnswerProblem(text) is { } problem)
        {
            return (UseCaseResult.Invalid(new FieldError("text", Say(problem, text), problem.Code)), false);
        }
        var authorId = user.ActorId();
        var author = await db.Users.AsNoTracking().Where(u => u.Id == authorId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";
        var answer = ClientQuestion.Answer(link, authorId, author, text!, clock.GetUtcNow());
        db.ClientQuestions.Add(answer);
        await db.SaveChangesAsync(cancellationToken);

        if (!outbox.IsConfigured || link.RecipientEmail.Length == 0)
        {
            return (UseCaseResult.Done(answer.Id), false);
        }
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new { p.Title, p.Language }).FirstAsync(cancellationToken);
        using (LanguageScope.Use(proposal.Language))
        {
            var html = HtmlEncoder.Default;
            var subject = T["An answer to your question on “{0}”", proposal.Title].Value;
            var said = T["{0} answered your question:", author].Value;
            var reply = T["To reply or ask more, open the proposal from the link we sent you and write on the page."].Value;
            outbox.Enqueue(new OutgoingMail(link.RecipientEmail, link.RecipientName, subject,
                $"{said}\n\n{answer.Text}\n\n{reply}\n",
                $"<p>{html.Encode(said)}</p>\n<blockquote style=\"white-space: pre-wrap\">{html.Encode(answer.Text)}</blockquote>\n<p>{html.Encode(reply)}</p>\n"));
        }
        return (UseCaseResult.Done(answer.Id), true);
    }

    /// <summary>The refusal in the reader's words.</summary>
    private string Say(ClientLinkIssue issue, string? text) => issue.Code == ClientLinkIssueCodes.AnswerEmpty
        ? T["Write your answer first."]
        : T["Keep it to {0} characters; this has {1}.", ClientLinkRules.QuestionMaxLength, (text ?? "").Trim().Length];

    private Task<string?> OwnerAsync(int proposalId, CancellationToken cancellationToken) =>
        (from p in db.Proposals
         join o in db.Opportunities on p.OpportunityId equals o.Id
         where p.Id == proposalId
         select o.OwnerId).FirstOrDefaultAsync(cancellationToken);
}
