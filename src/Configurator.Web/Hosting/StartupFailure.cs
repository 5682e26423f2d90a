namespace Configurator.Web.Hosting;

/// <summary>
/// The app cannot start, for a reason an operator fixes in configuration or in the database: its message is one
/// sentence saying what to set or do. <c>Program</c> logs that sentence at Critical and exits non-zero, with no stack trace.
/// </summary>
public sealed class StartupFailure(string sentence, Exception? inner = null) : InvalidOperationException(sentence, inner)
{
    public const int ExitCode = 1;

    /// <summary>Logs the sentence (not the stack: the sentence already names the cause) and sets the exit code.</summary>
    public void Report(ILogger logger)
    {
        logger.LogCritical("{Sentence}", Message);
        Environment.ExitCode = ExitCode;
    }
}
