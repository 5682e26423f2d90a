namespace Configurator.Web.Hosting;

/// <summary>
/// The app cannot start, for a reason an operator fixes in configuration or in the database: its message is one
/// sentence saying what to set or do. <c>Program</c> logs that sentence at Critical and exits non-zero, with no stack trace.
/// </summary>
public sealed class StartupFailure(string sentence, Exception? inner = null) : InvalidOperationException(sentence, inner)
{
    public const int ExitCode = 1;

    /// <summary>
    /// Whether the app is hosted by another program (an in-process test host) rather than being the process itself:
    /// then the failure is rethrown after it is logged, for that host to see; the app's own process just exits.
    /// </summary>
    public static bool HostedElsewhere => System.Reflection.Assembly.GetEntryAssembly() != typeof(StartupFailure).Assembly;

    /// <summary>Logs the sentence (not the stack: the sentence already names the cause) and sets the exit code.</summary>
    public void Report(ILogger logger)
    {
        logger.LogCritical("{Sentence}", Message);
        if (!HostedElsewhere)
        {
            Environment.ExitCode = ExitCode;
        }
    }
}
