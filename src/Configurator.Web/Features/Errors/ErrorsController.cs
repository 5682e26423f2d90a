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
public sealed class ErrorsController(IStringLocalizer<Text> T) : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show([FromRoute] int code)
    {
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value
            ?? "";
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        var page = ErrorPage.For(status);

        if (originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(statusCode: status, title: page.Title, detail: page.Message);
        }
        // Pages speak the reader's language (the browser's when signed out); the API keeps English.
        var localized = page with { Title = T[page.Title], Message = T[page.Message] };
        Response.StatusCode = status;
        ViewData["Title"] = localized.Title;
        return View("Error", localized);
    }
}
