using Configurator.Web.Tests.Infrastructure;
using Npgsql;

namespace Configurator.Web.Tests.Hosting;

/// <summary>
/// Starting on PostgreSQL: a failed migration leaves the database as it was (one transaction, history included),
/// MigrateOnStart=false refuses a database that is behind, and <c>migrate</c> applies what is pending and seeds nothing.
/// </summary>
[Trait("Database", "Postgres")]
public sealed class PostgresStartupTests
{
    [PostgresFact]
    public async Task AFailedMigrationLeavesTheDatabaseAsItWas()
    {
        var database = TestDatabase.CreatePostgresDatabase();
        try
        {
            await ExecuteAsync(database, "CREATE TABLE \"AspNetRoles\" (\"Handmade\" integer)");

            var outcome = await AppProcess.RunAsync(Settings(database));

            StartupFailureTests.AssertFailedWith(outcome, "Migrating the database failed and nothing was changed (");
            Assert.Contains("\"AspNetRoles\" already exists", outcome.Output);
            Assert.Equal(["AspNetRoles"], await TablesAsync(database));
        }
        finally
        {
            TestDatabase.DropPostgresDatabase(database);
        }
    }

    [PostgresFact]
    public async Task WithoutMigrateOnStartAPendingDatabaseStopsTheStartUntilMigrateRuns()
    {
        var database = TestDatabase.CreatePostgresDatabase();
        try
        {
            var settings = new Dictionary<string, string>(Settings(database)) { ["Database:MigrateOnStart"] = "false", ["Demo:Seed"] = "true" };

            var refused = await AppProcess.RunAsync(settings);
            StartupFailureTests.AssertFailedWith(refused,
                "The database needs migrating: run `dotnet run --project src/Configurator.Web -- migrate` (or set Database:MigrateOnStart=true).");
            Assert.Empty(await TablesAsync(database));

            var migrated = await AppProcess.RunAsync(settings, "migrate");
            Assert.True(migrated.ExitCode == 0, migrated.Output);
            Assert.Contains("_Initial", migrated.Output);
            Assert.Contains("migration(s) applied.", migrated.Output);
            Assert.Contains("AspNetUsers", await TablesAsync(database));
            Assert.Equal(0L, await CountAsync(database, "SELECT count(*) FROM \"AspNetUsers\""));
            Assert.True(await CountAsync(database, "SELECT count(*) FROM \"__EFMigrationsHistory\"") > 0);

            var again = await AppProcess.RunAsync(settings, "migrate");
            Assert.True(again.ExitCode == 0, again.Output);
            Assert.Contains("The database was already up to date.", again.Output);
        }
        finally
        {
            TestDatabase.DropPostgresDatabase(database);
        }
    }

    [PostgresFact]
    public async Task AWrongPasswordSaysToSetUsernameAndPassword()
    {
        var database = TestDatabase.CreatePostgresDatabase();
        try
        {
            var wrong = new NpgsqlConnectionStringBuilder(database) { Password = "not-the-password" };

            var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Configurator"] = wrong.ConnectionString,
            });

            StartupFailureTests.AssertFailedWith(outcome, $"refused user '{wrong.Username}' (");
            Assert.Contains("set the right Username and Password in ConnectionStrings:Configurator.", outcome.Output);
        }
        finally
        {
            TestDatabase.DropPostgresDatabase(database);
        }
    }

    private static Dictionary<string, string> Settings(string database) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Configurator"] = database,
    };

    private static async Task<List<string>> TablesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
