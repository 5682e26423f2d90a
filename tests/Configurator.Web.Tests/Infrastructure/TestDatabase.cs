using Configurator.Web.Data;
using Npgsql;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>
/// The database the web tests run on. SQLite unless <c>CONFIGURATOR_TEST_DATABASE=postgres</c>; PostgreSQL is reached at
/// <c>CONFIGURATOR_TEST_POSTGRES</c> (a connection string for a role that may create databases; by default the one
/// <c>.ci/run</c> sets up on loopback), and each app under test gets a throwaway database of its own.
/// </summary>
public static class TestDatabase
{
    public const string ProviderVariable = "CONFIGURATOR_TEST_DATABASE";
    public const string PostgresVariable = "CONFIGURATOR_TEST_POSTGRES";
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=configurator;Password=configurator;Database=postgres";

    private static readonly Lazy<string?> _unreachable = new(FindWhyUnreachable);

    /// <summary>The provider this test run uses for every app that does not insist on one.</summary>
    public static DatabaseProvider Provider { get; } =
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    /// <summary>The server's connection string (its maintenance database).</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } configured ? configured : DefaultPostgres;

    /// <summary>Why no PostgreSQL server answers, or null when one does (asked once per test run).</summary>
    public static string? WhyPostgresUnreachable => _unreachable.Value;

    /// <summary>Creates an empty database and returns its connection string; fails with what to do when no server answers.</summary>
    public static string CreatePostgresDatabase()
    {
        if (WhyPostgresUnreachable is { } why)
        {
            throw new InvalidOperationException(why);
        }
        var name = $"configurator_test_{Guid.NewGuid():n}";
        using (var connection = new NpgsqlConnection(PostgresServer))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreatePostgresDatabase"/>, closing what still holds it.</summary>
    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var held = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(held);
        }
        // A server busy creating another test's database can refuse a drop for a moment: try again, then leave it
        // behind with a line on the console (a leftover database is named configurator_test_…) rather than fail a test.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(PostgresServer);
                connection.Open();
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (attempt < 5)
            {
                Console.Error.WriteLine($"Dropping test database {name} failed ({e.SqlState}: {e.MessageText}); trying again.");
                Thread.Sleep(200 * attempt);
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"Test database {name} is left behind: {e.SqlState}: {e.MessageText}");
                return;
            }
        }
    }

    private static string? FindWhyUnreachable()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Timeout = 3, Pooling = false }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or TimeoutException)
        {
            var host = new NpgsqlConnectionStringBuilder(PostgresServer) { Password = null };
            return $"No PostgreSQL server answered at '{host.ConnectionString}' ({e.Message}). Start one and set {PostgresVariable} to a connection string for a role that may create databases (README, \"Test it\"); .ci/run does both.";
        }
    }
}

/// <summary>
/// A test that needs a PostgreSQL server. Without one it reports itself skipped, with the reason, except in CI
/// (<c>CI=true</c>), where it runs and fails with that reason: CI must never pass it silently.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.WhyPostgresUnreachable is { } why && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = why;
        }
    }
}
