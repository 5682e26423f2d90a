using Configurator.Web.Documents;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.PdfCheck;

/// <summary>Lets an admin see whether this server can print PDFs, and print a sample document.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/pdf")]
public sealed class PdfCheckController(ChromiumBrowser browser, ProposalDocuments documents, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var (available, detail) = await browser.StatusAsync();
        ViewData["Title"] = "PDF rendering";
        ViewData["Section"] = "Admin";
        return View(new PdfCheckViewModel(available, detail));
    }

    [HttpGet("sample.html")]
    public IActionResult SampleHtml() => Content(documents.RenderHtml(Sample()), "text/html; charset=utf-8");

    [HttpPost("sample.pdf")]
    public async Task<IActionResult> SamplePdf(CancellationToken cancellationToken)
    {
        try
        {
            var pdf = await documents.RenderPdfAsync(Sample(), cancellationToken);
            return File(pdf, "application/pdf", "pdf-check.pdf");
        }
        catch (PdfUnavailableException e)
        {
            ViewData["Title"] = "PDF rendering";
            ViewData["Section"] = "Admin";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View("Index", new PdfCheckViewModel(false, e.Message));
        }
    }

    private DocumentModel Sample() =>
        ProposalDocuments.Sample(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), User.Identity?.Name ?? "");
}
