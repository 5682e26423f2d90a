namespace Configurator.Web.Hosting;

/// <summary>
/// What the start-up wiring found unsafe but allowed (AllowedHosts '*' outside Production, data-protection keys
/// not encrypted at rest), logged as warnings once the app starts: the wiring runs before there is a logger.
/// </summary>
public sealed class StartupWarnings
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    public void Add(string message) => _messages.Add(message);

    /// <summary>The app's one list, registered (with its logger) the first time a setup asks for it.</summary>
    public static StartupWarnings In(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(StartupWarnings))?.ImplementationInstance is StartupWarnings existing)
        {
            return existing;
        }
        var warnings = new StartupWarnings();
        services.AddSingleton(warnings);
        services.AddHostedService<Logger>();
        return warnings;
    }

    /// <summary>Logs each warning when the host starts.</summary>
    public sealed class Logger(StartupWarnings warnings, ILogger<StartupWarnings> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var message in warnings.Messages)
            {
                logger.LogWarning("{Warning}", message);
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
