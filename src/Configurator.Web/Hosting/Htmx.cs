using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Configurator.Web.Hosting;

/// <summary>The few htmx request and response headers the app reads and writes, in one place.</summary>
public static class Htmx
{
    public static bool IsHtmx(this HttpRequest request) =>
        request.Headers.TryGetValue("HX-Request", out var value) && value == "true";

    /// <summary>htmx restoring a page from history asks for the whole page, whatever the element that first loaded it.</summary>
    public static bool IsHistoryRestore(this HttpRequest request) => request.Headers.ContainsKey("HX-History-Restore-Request");

    /// <summary>Swaps the answer into another element than the request named (e.g. the whole workspace after a conflict).</summary>
    public static void Retarget(this HttpResponse response, string selector, string swap = "outerHTML")
    {
        response.Headers["HX-Retarget"] = selector;
        response.Headers["HX-Reswap"] = swap;
    }

    /// <summary>
    /// Every page answer may differ for htmx and full-page requests, so every one says so and caches
    /// keep both; API answers are JSON either way.
    /// </summary>
    public sealed class VaryFilter : IResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            var response = context.HttpContext.Response;
            if (context.Controller is Controller && !response.Headers.Vary.Any(v => v?.Contains("HX-Request", StringComparison.OrdinalIgnoreCase) == true))
            {
                response.Headers.Append("Vary", "HX-Request");
            }
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}
