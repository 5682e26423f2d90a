using Configurator.Web.Documents;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Health;

/// <summary>
/// Ready when PDFs can be printed: the browser runs or is starting, or is not started yet and has an executable to
/// start (or may download one). Read with <see cref="ChromiumBrowser.Peek"/>: a probe never launches a browser.
/// </summary>
public sealed class RendererReadiness(ChromiumBrowser browser, IOptions<PdfSettings> settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (state, detail) = browser.Peek();
        var result = state switch
        {
            BrowserState.Running or BrowserState.Starting => HealthCheckResult.Healthy(),
            BrowserState.Failed => HealthCheckResult.Unhealthy($"failed ({detail})"),
            _ => CanStart() ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no Chromium to start"),
        };
        return Task.FromResult(result);
    }

    private bool CanStart() =>
        ChromiumLocator.Find(settings.Value.ChromiumPath).Path is not null
        || (settings.Value.AllowDownload && string.IsNullOrWhiteSpace(settings.Value.ChromiumPath));
}
