using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>The app with its <c>Smtp:*</c> settings pointed at an <see cref="InProcessSmtp"/> server of its own, and its warnings kept for assertions.</summary>
public class SmtpAppFactory : AppFactory
{
    public InProcessSmtp Smtp { get; } = InProcessSmtp.Start();

    /// <summary>Warnings and errors the app logged, formatted.</summary>
    public ConcurrentQueue<string> Logged { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => Smtp.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.Services.AddSingleton<ILoggerProvider>(new Sink(Logged)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }

    private sealed class Sink(ConcurrentQueue<string> logged) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logged.Enqueue($"{logLevel}: {formatter(state, exception)}");
            }
        }

        public void Dispose()
        {
        }
    }
}
