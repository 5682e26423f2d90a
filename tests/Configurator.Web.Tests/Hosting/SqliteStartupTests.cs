using System.Net;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Configurator.Web.Tests.Hosting;

/// <summary>What the embedded default does with its file: creates it in a fresh folder, and lets readers go on while one writes.</summary>
[Trait("Database", "Sqlite")]
public sealed class SqliteStartupTests(SqliteStartupTests.SqliteApp app) : IClassFixture<SqliteStartupTests.SqliteApp>
{
    [Fact]
    public async Task CreatesTheDatabaseFileInAFreshFolder()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowser().GetAsync("/healthz")).StatusCode);

        Assert.True(File.Exists(app.DatabasePath));
    }

    [Fact]
    public async Task UsesWriteAheadLogging()
    {
        await app.CreateBrowser().GetAsync("/healthz");

        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    public sealed class SqliteApp : AppFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }
}
