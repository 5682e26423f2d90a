using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Configurator.Web.Features.Health;

/// <summary>
/// Two probes for a load balancer or orchestrator, both anonymous: <c>/healthz</c> says the process answers (it runs
/// no check, so a database outage never gets an instance restarted), <c>/readyz</c> says whether it can serve: the
/// database answers with no migration pending, and PDFs can be printed. 200 or 503, with a short plain body.
/// </summary>
public static class HealthEndpoints
{
    public const string Readiness = "ready";

    public static IServiceCollection AddConfiguratorHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: [Readiness])
            .AddCheck<RendererReadiness>("pdf renderer", tags: [Readiness]);
        return services;
    }

    public static void MapConfiguratorHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Readiness),
            ResponseWriter = WriteReadinessAsync,
        }).AllowAnonymous();
    }

    /// <summary>"Ready", or one line per part that is not, such as "database: unreachable".</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var notReady = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Status.ToString().ToLowerInvariant()}")
            .ToList();
        return context.Response.WriteAsync(notReady.Count == 0 ? "Ready" : string.Join('\n', notReady), Encoding.UTF8);
    }
}
