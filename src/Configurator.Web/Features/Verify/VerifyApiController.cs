using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Configurator.Web.Features.Verify;

/// <summary>"Verify a document" for integrations: a multipart <c>file</c>; open without a token, limited per address like the page.</summary>
[AllowAnonymous]
[Route("/api/v1/verify")]
public sealed class VerifyApiController(DocumentVerifier verifier) : ApiControllerBase
{
    [HttpPost("")]
    [EnableRateLimiting(SecuritySetup.VerifyRateLimit)]
    [RequestSizeLimit(DocumentVerifier.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = DocumentVerifier.RequestLimit)]
    public async Task<IActionResult> Verify(IFormFile? file, CancellationToken cancellationToken)
    {
        var (check, error) = await verifier.VerifyAsync(file, cancellationToken);
        return error is not null
            ? UseCaseResult.Invalid(error).Problem(Response)
            : Ok(VerifyResponse.From(check!));
    }
}
