using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Configurator.Web.Features.Health;

/// <summary>Ready when the database answers within a few seconds and has every migration this build knows applied.</summary>
public sealed class DatabaseReadiness(ConfiguratorDbContext db) : IHealthCheck
{
    public const string Unreachable = "unreachable";

    // A load balancer asks every few seconds: an answer after the driver's 15 s connect timeout is no answer.
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_patience);
        try
        {
            // Asked each time, never remembered: a server that comes back is ready on the next probe.
            var pending = (await db.Database.GetPendingMigrationsAsync(timeout.Token)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending} migration(s) pending");
        }
        catch (Exception e) when (e is OperationCanceledException && !cancellationToken.IsCancellationRequested
            || DatabaseOutage.Is(e) || e is System.Data.Common.DbException)
        {
            DatabaseOutage.DropPooledConnections();
            return HealthCheckResult.Unhealthy(Unreachable);
        }
    }
}
