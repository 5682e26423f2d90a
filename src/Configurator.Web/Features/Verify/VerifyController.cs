using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Verify;

/// <summary>
/// "Verify a document": anyone, the client included, uploads a PDF and learns whether it is a revision we
/// issued or its signed copy, unchanged. Open without an account, limited per address.
/// </summary>
[AllowAnonymous]
public sealed class VerifyController(DocumentVerifier verifier, IStringLocalizer<Text> T) : Controller
{
    public const string Path = "/verify";

    [HttpGet(Path)]
    public IActionResult Index() => Page(VerifyViewModel.Empty);

    [HttpPost(Path)]
    [EnableRateLimiting(SecuritySetup.VerifyRateLimit)]
    [RequestSizeLimit(DocumentVerifier.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = DocumentVerifier.RequestLimit)]
    public async Task<IActionResult> Index(IFormFile? file, CancellationToken cancellationToken)
    {
        var (check, error) = await verifier.VerifyAsync(file, cancellationToken);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page(VerifyViewModel.Empty with { FileError = Words(error) });
        }
        return Page(new VerifyViewModel(Answer(check!), check!.Match, ""));
    }

    private ViewResult Page(VerifyViewModel model)
    {
        ViewData["Title"] = T["Verify a document"].Value;
        return View("Index", model);
    }

    private string Answer(DocumentCheck check) => check.Match switch
    {
        DocumentMatch.Revision => T["This is revision {0} of “{1}”, issued on {2}.", check.RevisionNumber, check.ProposalTitle, Display.Date(check.At)],
        DocumentMatch.SignedCopy => T["This is the signed copy of revision {0} of “{1}”, accepted by {2} on {3}.",
            check.RevisionNumber, check.ProposalTitle, check.SignerName, Display.Date(check.At)],
        _ => T["We did not issue this document (or it was changed after we issued it)."],
    };

    private string Words(FieldError error) => error.Code switch
    {
        DocumentVerifier.NoFileCode => T["Choose the PDF file to check."],
        DocumentVerifier.TooLargeCode => T["The file is larger than 20 MB, more than any document we issue. Choose the PDF you received from us."],
        DocumentVerifier.NotPdfCode => T["This file is not a PDF. Choose the PDF document you want to check."],
        _ => error.Message,
    };
}
