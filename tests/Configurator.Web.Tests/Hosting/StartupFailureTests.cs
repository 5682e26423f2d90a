using System.Net;
using System.Net.Sockets;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Hosting;

/// <summary>A start that cannot work stops at once with one sentence saying what to set, logged at Critical, and a non-zero exit.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task AnUnknownProviderNamesTheTwoItKnows()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { ["Database:Provider"] = "Oracle" });

        AssertFailedWith(outcome, "Database:Provider is 'Oracle', which this app does not know: set it to 'Sqlite' (the default, one file) or 'Postgres' (with ConnectionStrings:Configurator naming the server).");
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringSaysToSetOne()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { ["Database:Provider"] = "Postgres" });

        AssertFailedWith(outcome, "Database:Provider is Postgres: set ConnectionStrings:Configurator to a PostgreSQL connection string, like 'Host=db.example.com;Database=configurator;Username=configurator;Password=…'.");
    }

    [Fact]
    public async Task AnUnparsableConnectionStringSaysHowOneLooks()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Configurator"] = "Host=127.0.0.1;Database=configurator;Colour=blue",
        });

        AssertFailedWith(outcome, "ConnectionStrings:Configurator is not a PostgreSQL connection string (");
        Assert.Contains("set it like 'Host=db.example.com;Database=configurator;Username=configurator;Password=…'.", outcome.Output);
    }

    [Fact]
    public async Task AServerThatDoesNotAnswerNamesHostAndPort()
    {
        var port = ClosedPort();

        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Configurator"] = $"Host=127.0.0.1;Port={port};Database=configurator;Username=configurator;Password=x;Timeout=2",
        });

        AssertFailedWith(outcome, $"No PostgreSQL server answers at 127.0.0.1:{port} (");
        Assert.Contains("start it, or set Host and Port in ConnectionStrings:Configurator to where it runs.", outcome.Output);
    }

    [Fact]
    public async Task AMigrateCommandThatCannotReachTheServerFailsTheSameWay()
    {
        var port = ClosedPort();

        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Configurator"] = $"Host=127.0.0.1;Port={port};Database=configurator;Username=configurator;Password=x;Timeout=2",
        }, "migrate");

        AssertFailedWith(outcome, $"No PostgreSQL server answers at 127.0.0.1:{port} (");
    }

    [Fact]
    public async Task ASqliteFileThatCannotBeOpenedSaysWhichFile()
    {
        var folder = Directory.CreateTempSubdirectory("configurator-tests-").FullName;
        try
        {
            // A folder where the file should be: SQLite cannot open it.
            var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings:Configurator"] = $"Data Source={folder}" });

            AssertFailedWith(outcome, $"The SQLite database '{folder}' cannot be opened (");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Failed, with the sentence logged at Critical, and no stack trace.</summary>
    internal static void AssertFailedWith(AppProcess.Outcome outcome, string sentence)
    {
        Assert.True(outcome.ExitCode != 0, $"The app exited 0:\n{outcome.Output}");
        Assert.Contains("crit:", outcome.Output);
        Assert.Contains(sentence, outcome.Output);
        Assert.DoesNotContain("   at ", outcome.Output);
        Assert.DoesNotContain("Unhandled exception", outcome.Output);
    }

    /// <summary>A loopback port nothing listens on (it was free a moment ago).</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
