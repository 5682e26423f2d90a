using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Proposals;

/// <summary>The proposal as a document: the preview and its draft PDF, issuing revisions, their PDFs and what changed since.</summary>
public sealed class ProposalRevisionsController(ConfiguratorDbContext db, ProposalRevisions revisions, BuilderPage page, IStringLocalizer<Text> T) : BuilderControllerBase(page)
{
    [HttpPost("/proposals/{id:int}/revisions")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Issue(int id, CancellationToken cancellationToken)
    {
        var (result, _) = await revisions.IssueAsync(id, null, User.ActorId(), User.DisplayName(), cancellationToken);
        return result.Succeeded ? Redirect($"{BuilderUrls.Proposal(id)}#revisions") : await AnswerAsync(id, null, result, BuilderScope.Page, cancellationToken);
    }

    /// <summary>The preview page: the document in a sandboxed frame, with "Download PDF".</summary>
    [HttpGet("/proposals/{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        if (await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } proposal)
        {
            return NotFound();
        }
        ViewData["Title"] = T["Preview: {0}", proposal.Title].Value;
        ViewData["Section"] = "Proposals";
        ViewData["Wide"] = true;
        return View("Preview", proposal);
    }

    /// <summary>The very HTML that becomes the next revision's PDF, under a policy that lets nothing in it run.</summary>
    [HttpGet("/proposals/{id:int}/preview/document")]
    [EnableRateLimiting(SecuritySetup.DocumentRateLimit)]
    public async Task<IActionResult> PreviewDocument(int id, CancellationToken cancellationToken)
    {
        if (await revisions.PreviewAsync(id, User.ActorId(), User.DisplayName(), cancellationToken) is not { } preview)
        {
            return NotFound();
        }
        SecurityHeaders.UseDocumentPolicy(HttpContext);
        return Content(preview.Html, "text/html; charset=utf-8");
    }

    /// <summary>The preview printed to PDF, marked as a draft; not stored.</summary>
    [HttpGet("/proposals/{id:int}/preview.pdf")]
    [EnableRateLimiting(SecuritySetup.DocumentRateLimit)]
    public async Task<IActionResult> PreviewPdf(int id, CancellationToken cancellationToken)
    {
        var (result, pdf) = await revisions.DraftPdfAsync(id, User.ActorId(), User.DisplayName(), cancellationToken);
        return pdf is null ? result.Problem(Response) : File(pdf, "application/pdf", $"proposal-{id}-draft.pdf");
    }

    [HttpGet("/proposals/{id:int}/revisions/{number:int}/compare")]
    public async Task<IActionResult> Compare(int id, int number, CancellationToken cancellationToken)
    {
        var comparison = await revisions.CompareWithNowAsync(id, number, cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (comparison is null || proposal is null)
        {
            return NotFound();
        }
        ViewData["Title"] = T["{0}: revision {1} and now", proposal.Title, number].Value;
        ViewData["Section"] = "Proposals";
        return View("Compare", new CompareViewModel(proposal, number, comparison));
    }

    [HttpGet("/proposals/{id:int}/revisions/{number:int}/pdf")]
    public async Task<IActionResult> RevisionPdf(int id, int number, CancellationToken cancellationToken) =>
        await revisions.GetAsync(id, number, cancellationToken) is { } revision
            ? File(revision.Pdf, "application/pdf", $"proposal-{id}-revision-{revision.Number}.pdf")
            : NotFound();
}
