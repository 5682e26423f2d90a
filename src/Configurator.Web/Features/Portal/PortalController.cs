using Configurator.Domain.Portal;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Configurator.Web.Features.Portal;

/// <summary>
/// The client's page at /p/{token}: no account, the token in the URL is the key. A GET shows only who sent what (a mail
/// scanner or a chat preview sees nothing more and counts nothing); the proposal shows after "Open proposal", a POST.
/// Every link that does not open answers 410 with the same page. No antiforgery: it would need a cookie, and the portal
/// sets and reads none (<see cref="PortalRequests"/>); the token itself is what a forged form cannot know.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(SecuritySetup.PortalRateLimit)]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("/p/{token}")]
public sealed class PortalController(ClientAnswers answers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Entry(string token, CancellationToken cancellationToken)
    {
        var visit = await answers.FindAsync(token, cancellationToken);
        if (visit is not { State: ClientLinkState.Open })
        {
            return Closed(token, visit);
        }
        return View("Entry", Entry(token, visit));
    }

    [HttpPost("")]
    public async Task<IActionResult> Open(string token, CancellationToken cancellationToken) =>
        Page(token, await answers.OpenAsync(token, cancellationToken), "");

    [HttpPost("pdf")]
    public async Task<IActionResult> Pdf(string token, CancellationToken cancellationToken)
    {
        var (outcome, pdf) = await answers.DownloadAsync(token, cancellationToken);
        if (pdf is null || outcome.Visit is not { } visit)
        {
            return Closed(token, outcome.Visit);
        }
        return File(pdf, "application/pdf", FileName(visit, ""));
    }

    [HttpPost("choose")]
    public async Task<IActionResult> Choose(string token, [FromForm] int? optionId, CancellationToken cancellationToken) =>
        Page(token, await answers.ChooseAsync(token, optionId, cancellationToken), "choose");

    [HttpPost("accept")]
    public async Task<IActionResult> Accept(string token, [FromForm] AcceptInput input, CancellationToken cancellationToken)
    {
        var outcome = await answers.AcceptAsync(token, input, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "", Request.Headers.UserAgent.ToString(), cancellationToken);
        return Page(token, outcome, "accept", page => page with { Accept = input });
    }

    [HttpPost("decline")]
    public async Task<IActionResult> Decline(string token, [FromForm] DeclineInput input, CancellationToken cancellationToken)
    {
        var outcome = await answers.DeclineAsync(token, input, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "", Request.Headers.UserAgent.ToString(), cancellationToken);
        return Page(token, outcome, "decline", page => page with { Decline = input });
    }

    [HttpPost("ask")]
    public async Task<IActionResult> Ask(string token, [FromForm] string? text, CancellationToken cancellationToken)
    {
        var outcome = await answers.AskAsync(token, text, cancellationToken);
        return Page(token, outcome, "ask", page => page with { Question = outcome.Issues.Count > 0 ? text : null });
    }

    /// <summary>The signed copy of the accepted revision (its pages and the signature certificate); a POST like the PDF, so a link preview fetches nothing.</summary>
    [HttpPost("signed.pdf")]
    public async Task<IActionResult> SignedCopy(string token, CancellationToken cancellationToken)
    {
        var (outcome, pdf) = await answers.SignedCopyAsync(token, cancellationToken);
        if (outcome.Visit is not { } visit || visit.State != ClientLinkState.Open)
        {
            return Closed(token, outcome.Visit);
        }
        if (pdf is null)
        {
            return NotFound();
        }
        return File(pdf, "application/pdf", FileName(visit, " signed"));
    }

    /// <summary>The download's name: the proposal's title (letters, digits, spaces and dashes) and the revision.</summary>
    private static string FileName(PortalVisit visit, string suffix)
    {
        var name = string.Concat(visit.Issued.Proposal.Title.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-')).Trim();
        return $"{(name.Length > 0 ? name : "proposal")} r{visit.Link.RevisionNumber}{suffix}.pdf";
    }

    private IActionResult Page(string token, PortalOutcome outcome, string form, Func<PortalPage, PortalPage>? keep = null)
    {
        if (outcome.Visit is not { State: ClientLinkState.Open } visit)
        {
            return Closed(token, outcome.Visit);
        }
        var page = new PortalPage(token, visit, outcome.Issues) { Form = form };
        if (outcome.Issues.Count > 0 && keep is not null)
        {
            page = keep(page);
        }
        Response.StatusCode = outcome.Issues.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return View("Proposal", page);
    }

    /// <summary>Unknown, malformed, expired, revoked or superseded: one page, one status; a link we know says whom to contact.</summary>
    private IActionResult Closed(string token, PortalVisit? visit)
    {
        // Nothing is looked up for a link we do not know: a guessed token learns nothing, and costs no query beyond its own.
        var entry = visit is null ? new PortalEntry(token, Known: false, "", "", "", "", Superseded: false) : Entry(token, visit);
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("Closed", entry);
    }

    private static PortalEntry Entry(string token, PortalVisit visit) => new(token, Known: true, visit.Issued.Account.Name, visit.Issued.Brand.Name,
        visit.SenderName, visit.SenderEmail, visit.State == ClientLinkState.Superseded);

}
