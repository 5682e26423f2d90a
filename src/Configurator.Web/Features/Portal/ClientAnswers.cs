using Configurator.Domain.Discovery;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Portal;

/// <summary>
/// What the client does through their link, one use case per step: open, download, choose, accept, decline, ask.
/// Each loads the link by its token's hash, lets the domain decide, counts the request as time spent, and saves once.
/// A link that does not open answers with a null visit (the page says 410 for all of them alike).
/// </summary>
public sealed class ClientAnswers(ConfiguratorDbContext db, OpportunityService opportunities, IClientActivityNotifier notifier, SignedCopies signedCopies,
    TimeProvider clock, ILogger<ClientAnswers> logger)
{
    /// <summary>What the timeline and the playbook record as the reason a deal was won online.</summary>
    public const string AcceptedOnline = "accepted online";

    /// <summary>The link behind a token, whatever its state, or null when the token is malformed (no query is made) or unknown.</summary>
    public async Task<PortalVisit?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (ClientTokens.HashOf(token) is not { } hash)
        {
            return null;
        }
        var link = await db.ClientLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null || !ClientTokens.SameHash(link.TokenHash, hash))
        {
            return null;
        }
        var revision = await db.ProposalRevisions.AsNoTracking().Where(r => r.ProposalId == link.ProposalId && r.Number == link.RevisionNumber)
            .Select(r => new { r.Data, r.Sha256 }).FirstAsync(cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == link.ProposalId).Select(p => new { p.Status, p.SentRevision }).FirstAsync(cancellationToken);
        var sender = await db.Users.AsNoTracking().Where(u => u.Id == link.SentById).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        var decision = await db.ClientDecisions.AsNoTracking().Where(d => d.ProposalId == link.ProposalId && d.RevisionNumber == link.RevisionNumber)
            .Select(d => new PortalDecision(d.Kind, d.ClientLinkId, d.SignerName, d.SignerTitle, d.OptionId, d.DeclineReason, d.At)).FirstOrDefaultAsync(cancellationToken);
        var thread = await db.ClientQuestions.AsNoTracking().Where(q => q.ClientLinkId == link.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken);
        return new PortalVisit(link, link.StateAt(clock.GetUtcNow()), IssuedProposal.Read(revision.Data), revision.Sha256, sender?.DisplayName ?? "", sender?.Email ?? "",
            proposal.Status, proposal.SentRevision, decision, thread);
    }

    /// <summary>The recipient clicked "Open proposal": a view, and the first one tells the people on the deal.</summary>
    public Task<PortalOutcome> OpenAsync(string token, CancellationToken cancellationToken) =>
        StepAsync(token, cancellationToken, (visit, now) =>
        {
            var first = visit.Link.FirstOpenedAt is null;
            visit.Link.Opened(now);
            return Task.FromResult(new Step([], first ? new ClientActivity(ClientActivityKind.FirstOpened, visit.Link.ProposalId, visit.Link.Id, visit.Link.RecipientName) : null));
        });

    /// <summary>Any other request on the open page: time spent.</summary>
    public Task<PortalOutcome> SeenAsync(string token, CancellationToken cancellationToken) =>
        StepAsync(token, cancellationToken, (visit, now) =>
        {
            visit.Link.Seen(now);
            return Task.FromResult(new Step([], null));
        });

    /// <summary>The revision's PDF, counted as a download; null when the link does not open.</summary>
    public async Task<(PortalOutcome Outcome, byte[]? Pdf)> DownloadAsync(string token, CancellationToken cancellationToken)
    {
        var outcome = await StepAsync(token, cancellationToken, (visit, now) =>
        {
            visit.Link.Downloaded(now);
            return Task.FromResult(new Step([], null));
        });
        if (outcome.Visit is not { State: ClientLinkState.Open } visit)
        {
            return (outcome, null);
        }
        var pdf = await db.ProposalRevisions.AsNoTracking().Where(r => r.ProposalId == visit.Link.ProposalId && r.Number == visit.Link.RevisionNumber)
            .Select(r => r.Pdf).FirstAsync(cancellationToken);
        return (outcome, pdf);
    }

    public Task<PortalOutcome> ChooseAsync(string token, int? optionId, CancellationToken cancellationToken) =>
        StepAsync(token, cancellationToken, (visit, now) =>
        {
            if (optionId is not { } id || visit.Issued.Proposal.Options.All(o => o.Id != id))
            {
                visit.Link.Seen(now);
                return Task.FromResult(new Step([new ClientLinkIssue(ClientLinkIssueCodes.OptionUnknown, "Choose one of the proposal's options.", "optionId")], null));
            }
            visit.Link.Chose(id, now);
            return Task.FromResult(new Step([], null));
        });

    /// <summary>
    /// Accepts an option: the decision with its evidence, the proposal won by the client and the deal moved to won, in one
    /// SaveChanges. A second recipient accepting at the same moment loses on the unique index and is told who accepted.
    /// </summary>
    public async Task<PortalOutcome> AcceptAsync(string token, AcceptInput input, string ipAddress, string userAgent, CancellationToken cancellationToken)
    {
        return await StepAsync(token, cancellationToken, async (visit, now) =>
        {
            visit.Link.Seen(now);
            if (visit.AnswerRefusal is { } refusal)
            {
                return new Step([refusal], null);
            }
            var signature = SignatureBytes(input.Signature);
            var options = visit.Issued.Proposal.Options;
            var issues = ClientAnswer.AcceptProblems(input.OptionId, options.Select(o => o.Id).ToList(), input.Name, input.Title, input.Authorised, signature);
            if (issues.Count > 0)
            {
                return new Step(issues, null);
            }
            var option = options.First(o => o.Id == input.OptionId);
            var (name, title) = (input.Name!.Trim(), input.Title!.Trim());
            var proposal = await db.Proposals.Include(p => p.History).FirstAsync(p => p.Id == visit.Link.ProposalId, cancellationToken);
            var actor = ClientActor(visit.Link);
            var comment = Shorten($"Accepted online by {name}, {title}: {option.Name}", ProposalTerms.CommentMaxLength);
            if (proposal.Take(ProposalAction.AcceptedByClient, comment, null, actor, now) is { Count: > 0 } refused)
            {
                return new Step([new ClientLinkIssue(ClientLinkIssueCodes.LinkClosed, refused[0].Message)], null);
            }
            var accepted = ClientDecision.Accepted(visit.Link, option.Id, name, title, signature, ipAddress, Shorten(userAgent, 512), visit.RevisionSha256, now);
            db.ClientDecisions.Add(accepted);
            visit.Link.Chose(option.Id, now);
            await SignedCopyAsync(visit, proposal, option, accepted, cancellationToken);
            var opportunity = await db.Opportunities.Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery()
                .FirstAsync(o => o.Id == proposal.OpportunityId, cancellationToken);
            if (opportunity.Stage != OpportunityStage.Won)
            {
                var (stageRefused, _) = await opportunities.MoveWithoutSavingAsync(opportunity, OpportunityStage.Won, AcceptedOnline, [], actor, cancellationToken);
                if (stageRefused is not null)
                {
                    // The client's acceptance stands whatever the playbook thinks; the deal's stage is the company's to correct.
                    logger.LogWarning("Proposal {ProposalId} accepted online; the opportunity {OpportunityId} did not move to won: {Reason}", proposal.Id, opportunity.Id, stageRefused.Message);
                }
            }
            return new Step([], new ClientActivity(ClientActivityKind.Accepted, visit.Link.ProposalId, visit.Link.Id, visit.Link.RecipientName, $"{name}, {title}: {option.Name}"));
        });
    }

    /// <summary>Declines the revision with a reason from the list: recorded, and the proposal stays sent until presales confirm it lost.</summary>
    public Task<PortalOutcome> DeclineAsync(string token, DeclineInput input, string ipAddress, string userAgent, CancellationToken cancellationToken) =>
        StepAsync(token, cancellationToken, async (visit, now) =>
        {
            visit.Link.Seen(now);
            if (visit.AnswerRefusal is { } refusal)
            {
                return new Step([refusal], null);
            }
            var reason = Enum.GetValues<DeclineReason>().Cast<DeclineReason?>().FirstOrDefault(r => ProposalTerms.Code(r!.Value) == input.Reason);
            if (ClientAnswer.DeclineProblems(reason, input.Competitor, input.Text) is { Count: > 0 } issues)
            {
                return new Step(issues, null);
            }
            var competitor = reason == DeclineReason.Competitor ? input.Competitor?.Trim() ?? "" : "";
            var text = input.Text?.Trim() ?? "";
            var proposal = await db.Proposals.Include(p => p.History).FirstAsync(p => p.Id == visit.Link.ProposalId, cancellationToken);
            var said = DeclineComment(reason!.Value, competitor, text);
            var comment = Shorten($"Declined online by {visit.Link.RecipientName}: {said}", ProposalTerms.CommentMaxLength);
            if (proposal.Take(ProposalAction.DeclinedByClient, comment, null, ClientActor(visit.Link), now) is { Count: > 0 } refused)
            {
                return new Step([new ClientLinkIssue(ClientLinkIssueCodes.LinkClosed, refused[0].Message)], null);
            }
            db.ClientDecisions.Add(ClientDecision.Declined(visit.Link, reason.Value, competitor, text, visit.Link.RecipientName, ipAddress, Shorten(userAgent, 512),
                visit.RevisionSha256, now));
            return new Step([], new ClientActivity(ClientActivityKind.Declined, visit.Link.ProposalId, visit.Link.Id, visit.Link.RecipientName, said));
        });

    /// <summary>A question from the recipient, into their own thread; the people on the deal answer it from the builder.</summary>
    public Task<PortalOutcome> AskAsync(string token, string? text, CancellationToken cancellationToken) =>
        StepAsync(token, cancellationToken, (visit, now) =>
        {
            visit.Link.Seen(now);
            if (ClientQuestion.Problem(text) is { } problem)
            {
                return Task.FromResult(new Step([problem], null));
            }
            var question = ClientQuestion.FromTheClient(visit.Link, text!, now);
            db.ClientQuestions.Add(question);
            return Task.FromResult(new Step([], new ClientActivity(ClientActivityKind.Asked, visit.Link.ProposalId, visit.Link.Id, visit.Link.RecipientName, question.Text)));
        });

    /// <summary>The reason as the proposal's history and the Lost button's prefilled comment say it (the company's words, English).</summary>
    public static string DeclineComment(DeclineReason reason, string competitor, string text)
    {
        var said = reason switch
        {
            DeclineReason.Price => "price",
            DeclineReason.Timing => "timing",
            DeclineReason.Competitor => competitor.Length > 0 ? $"chose a competitor ({competitor})" : "chose a competitor",
            DeclineReason.NoBudget => "no budget",
            DeclineReason.NotAFit => "not a fit",
            _ => "other",
        };
        return text.Length > 0 ? $"{said}. {text}" : said;
    }

    /// <summary>The signed copy (the revision's pages and a certificate page), in the same save as the acceptance: both stay, or neither.</summary>
    private async Task SignedCopyAsync(PortalVisit visit, Proposal proposal, IssuedProposal.Option option, ClientDecision accepted, CancellationToken cancellationToken)
    {
        var pdf = await db.ProposalRevisions.AsNoTracking().Where(r => r.ProposalId == proposal.Id && r.Number == visit.Link.RevisionNumber)
            .Select(r => r.Pdf).FirstAsync(cancellationToken);
        var issued = visit.Issued;
        await signedCopies.CreateAsync(new SignatureFacts(proposal.Id, issued.Proposal.Title, visit.Link.RevisionNumber, visit.RevisionSha256, issued.Proposal.Language,
            issued.Account.Name, option.Name, option.Totals.ContractValue, issued.Proposal.Currency,
            accepted.SignerName, accepted.SignerTitle, visit.Link.RecipientEmail, accepted.IpAddress, accepted.UserAgent,
            visit.Link.SentAt, visit.Link.FirstOpenedAt, accepted.At, accepted.SignaturePng), pdf, cancellationToken);
    }

    /// <summary>The signed copy of the revision this link was sent, once a recipient accepted it; null otherwise (or when the link does not open).</summary>
    public async Task<(PortalOutcome Outcome, byte[]? Pdf)> SignedCopyAsync(string token, CancellationToken cancellationToken)
    {
        var outcome = await SeenAsync(token, cancellationToken);
        if (outcome.Visit is not { State: ClientLinkState.Open } visit)
        {
            return (outcome, null);
        }
        var pdf = await db.SignedCopies.AsNoTracking().Where(c => c.ProposalId == visit.Link.ProposalId && c.RevisionNumber == visit.Link.RevisionNumber)
            .Select(c => c.Pdf).FirstOrDefaultAsync(cancellationToken);
        return (outcome, pdf);
    }

    private static string ClientActor(ClientLink link) => Shared.UserNames.ClientActor(link.Id);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>The drawn signature's bytes: null when none was drawn; an empty array (refused by the domain) when it is not a PNG data URL.</summary>
    private static byte[]? SignatureBytes(string? dataUrl)
    {
        const string prefix = "data:image/png;base64,";
        if (string.IsNullOrWhiteSpace(dataUrl))
        {
            return null;
        }
        if (!dataUrl.StartsWith(prefix, StringComparison.Ordinal))
        {
            return [];
        }
        var bytes = new byte[dataUrl.Length];
        return Convert.TryFromBase64String(dataUrl[prefix.Length..], bytes, out var written) ? bytes[..written] : [];
    }

    private async Task<PortalOutcome> StepAsync(string token, CancellationToken cancellationToken, Func<PortalVisit, DateTimeOffset, Task<Step>> step)
    {
        var visit = await FindAsync(token, cancellationToken);
        if (visit is not { State: ClientLinkState.Open })
        {
            return new PortalOutcome(visit, []);
        }
        var done = await step(visit, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone answered this revision (or changed the proposal) at the same moment: nothing of this request stays; say who answered.
            db.ChangeTracker.Clear();
            var now = await FindAsync(token, cancellationToken);
            return new PortalOutcome(now, [now?.AnswerRefusal ?? new ClientLinkIssue(ClientLinkIssueCodes.LinkClosed, "Someone answered at the same moment; reload the proposal.")]);
        }
        if (done.Issues.Count == 0 && done.Activity is { } activity)
        {
            try
            {
                await notifier.NotifyAsync(activity, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                // What the client did is saved; a notification that could not be is the company's loss, not an error page for the client.
                logger.LogError(e, "Could not notify the people on proposal {ProposalId} of {Kind}", activity.ProposalId, activity.Kind);
            }
        }
        return new PortalOutcome(done.Issues.Count == 0 ? await FindAsync(token, cancellationToken) : visit, done.Issues);
    }

    private sealed record Step(IReadOnlyList<ClientLinkIssue> Issues, ClientActivity? Activity);
}

/// <summary>What a step left: the link as it is now (null when unknown; not open when it no longer opens), and what was refused.</summary>
public sealed record PortalOutcome(PortalVisit? Visit, IReadOnlyList<ClientLinkIssue> Issues)
{
    public bool Opens => Visit is { State: ClientLinkState.Open };
}
