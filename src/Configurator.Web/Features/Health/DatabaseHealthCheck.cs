using Configurator.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Configurator.Web.Features.Health;

/// <summary>/healthz is healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(ConfiguratorDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
