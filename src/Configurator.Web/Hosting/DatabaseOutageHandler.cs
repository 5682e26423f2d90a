using Configurator.Web.Features.Errors;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Hosting;

/// <summary>
/// Turns a database that does not answer into 503 with Retry-After: a page in the reader's language, or problem
/// details under <c>/api/</c>. It answers by itself instead of re-running the pipeline for an error page, because
/// that pipeline (the session check, the header's bell) needs the database too. Nothing is remembered between
/// requests: the next one tries the database again, so the app recovers as soon as the server is back.
/// </summary>
public sealed class DatabaseOutageHandler(RequestDelegate next, ILogger<DatabaseOutageHandler> logger)
{
    public const string ViewPath = "/Features/Errors/Unavailable.cshtml";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseOutage.Is(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError("The database did not answer on {Method} {Path}: {Problem}",
                context.Request.Method, Features.Portal.PortalRequests.Redact(context.Request.Path.Value), e.GetBaseException().Message);
            DatabaseOutage.DropPooledConnections();
            await AnswerAsync(context);
        }
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var page = ErrorPage.DatabaseUnavailable;
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = page.Status, Title = page.Title, Detail = page.Message },
            });
            return;
        }

        // The request failed before (or while) its language was chosen: choose it again from the URL, profile claim or browser.
        var language = LanguageCultureProvider.Preferred(context) ?? Languages.English;
        var culture = new System.Globalization.CultureInfo(language);
        System.Globalization.CultureInfo.CurrentCulture = culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        var T = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var actionContext = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
        var view = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = page.Status,
            ViewData = new ViewDataDictionary<ErrorPage>(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                Model = page with { Title = T[page.Title], Message = T[page.Message] },
            },
            TempData = context.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context),
        };
        await view.ExecuteResultAsync(actionContext);
    }
}
