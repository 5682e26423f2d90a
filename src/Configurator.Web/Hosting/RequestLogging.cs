using System.Diagnostics;

namespace Configurator.Web.Hosting;

/// <summary>One structured log line per request: method, path (a client's link token redacted), status, duration and user.</summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.LogInformation(
                "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {User}",
                context.Request.Method,
                Features.Portal.PortalRequests.Redact(context.Request.Path.Value),
                context.Response.StatusCode,
                elapsed,
                context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "anonymous");
        }
    }
}
