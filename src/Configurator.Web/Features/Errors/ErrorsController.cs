using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Errors;

/// <summary>
/// Renders every error status: a page for people, problem details for the API. Reached through the
/// status-code pages and the exception handler, so it never shows what went wrong inside.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(IStringLocalizer<Text> T, ILogger<ErrorsController> logger) : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show()
    {
        // Read from the route, not bound: binding would read the form of the request that failed, which may be what failed.
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var number) ? number : 0;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value
            ?? "";
        // A client's link is a key: it is never written down, here or in the log.
        originalPath = Portal.PortalRequests.Redact(originalPath);
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        var page = HttpContext.Features.Get<Hosting.UnreadableRequests.Refusal>() is { Status: StatusCodes.Status400BadRequest }
            ? ErrorPage.UnreadableCharacters
            : status == StatusCodes.Status429TooManyRequests && HttpContext.Items[Hosting.SecuritySetup.RateLimitPolicyKey] is Hosting.SecuritySetup.DocumentRateLimit or Hosting.SecuritySetup.TextPreviewRateLimit
                ? ErrorPage.TooManyDocuments
                : ErrorPage.For(status);
        // The request's id ties what the person sees to the log line an administrator looks for.
        var reference = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error)
        {
            // ASP.NET Core no longer logs an exception its handler turned into a page, so it is logged here, every time.
            logger.LogError(error, "Unhandled exception on {Method} {Path}; reference {Reference}", Request.Method, originalPath, reference);
        }
        var shown = status >= 500 ? page with { Reference = reference } : page;

        if (originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            var problem = Problem(statusCode: status, title: page.Title, detail: page.Message);
            if (shown.Reference is not null && problem.Value is ProblemDetails details)
            {
                details.Extensions["reference"] = shown.Reference;
            }
            return problem;
        }
        // Pages speak the reader's language (the browser's when signed out); the API keeps English.
        var localized = shown with { Title = T[page.Title], Message = T[page.Message] };
        Response.StatusCode = status;
        ViewData["Title"] = localized.Title;
        return View("Error", localized);
    }
}
