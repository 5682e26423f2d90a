using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Brand;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.PdfCheck;

/// <summary>Lets an admin see whether this server can print PDFs, and print a sample proposal in either language.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/pdf")]
public sealed class PdfCheckController(ChromiumBrowser browser, ProposalDocumentRenderer documents, ConfiguratorDbContext db, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var (available, detail) = await browser.StatusAsync();
        ViewData["Title"] = T["PDF rendering"].Value;
        ViewData["Section"] = "Admin";
        return View(new PdfCheckViewModel(available, detail));
    }

    [HttpGet("sample.html")]
    public async Task<IActionResult> SampleHtml(string? language, CancellationToken cancellationToken)
    {
        SecurityHeaders.UseDocumentPolicy(HttpContext);
        return Content(documents.RenderHtml(await SampleAsync(language, cancellationToken)), "text/html; charset=utf-8");
    }

    [HttpPost("sample.pdf")]
    public async Task<IActionResult> SamplePdf(string? language, CancellationToken cancellationToken)
    {
        try
        {
            var pdf = await documents.RenderPdfAsync(await SampleAsync(language, cancellationToken), clock.GetUtcNow(), cancellationToken);
            return File(pdf, "application/pdf", $"pdf-check-{(language == "zh-CN" ? "zh-CN" : "en")}.pdf");
        }
        catch (PdfException e)
        {
            ViewData["Title"] = T["PDF rendering"].Value;
            ViewData["Section"] = "Admin";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View("Index", new PdfCheckViewModel(false, e.Message));
        }
    }

    private async Task<ProposalDocument> SampleAsync(string? language, CancellationToken cancellationToken)
    {
        var code = language == "zh-CN" ? "zh-CN" : "en";
        return SampleDocument.Create(documents.Labels(code), (await BrandStore.DocumentBrandAsync(db, cancellationToken)).For(code), code,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), User.DisplayName());
    }
}
