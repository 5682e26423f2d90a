using Configurator.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Configurator.Web.Data;

/// <summary>
/// Chooses the database provider from configuration (<c>Database:Provider</c>: <c>Sqlite</c>, the embedded default, or
/// <c>Postgres</c>) and brings the schema up to date on start. Features only ever see <see cref="ConfiguratorDbContext"/>.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Configurator";
    public const string DefaultSqliteConnectionString = "Data Source=data/configurator.db";
    private const int BusyTimeoutMilliseconds = 5000;
    private const int AutoPreparedStatements = 64;

    public static IServiceCollection AddConfiguratorDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        // Pooled: a request gets a context that is already built (options, services, sets) instead of building one,
        // which was about a tenth of what a builder change allocated. A returned context is reset by EF Core.
        switch (ProviderOf(configuration))
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(configuration);
                services.AddDbContextPool<ConfiguratorDbContext, SqliteConfiguratorDbContext>(options => options
                    .UseSqlite(sqlite, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
                    .AddInterceptors(new SqliteConnectionSetup(BusyTimeoutMilliseconds)));
                break;
            case DatabaseProvider.Postgres:
                var postgres = PostgresConnectionString(configuration);
                services.AddDbContextPool<ConfiguratorDbContext, PostgresConfiguratorDbContext>(options => options
                    .UseNpgsql(postgres, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
                    // MigrateAsync runs every pending migration inside one transaction of its own (see there).
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.MigrationsUserTransactionWarning)));
                break;
        }
        return services;
    }

    /// <summary>The configured provider; anything else stops the start with the setting to change.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"];
        return provider?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new StartupFailure(
                $"Database:Provider is '{provider}', which this app does not know: set it to 'Sqlite' (the default, one file) or 'Postgres' (with ConnectionStrings:Configurator naming the server)."),
        };
    }

    /// <summary>Whether the app applies pending migrations when it starts (<c>Database:MigrateOnStart</c>, true unless set false).</summary>
    public static bool MigratesOnStart(IConfiguration configuration) => configuration.GetValue("Database:MigrateOnStart", true);

    /// <summary>The SQLite connection string with its folder created, so a fresh data folder just works.</summary>
    public static string SqliteConnectionString(IConfiguration configuration)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringName) ?? DefaultSqliteConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new StartupFailure($"ConnectionStrings:Configurator is not a SQLite connection string ({e.Message}); set it like 'Data Source=data/configurator.db'.", e);
        }
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var fullPath = Path.GetFullPath(builder.DataSource);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StartupFailure($"The folder for the SQLite database '{fullPath}' cannot be created ({e.Message}): set ConnectionStrings:Configurator to a 'Data Source=…' in a folder the app may write to.", e);
            }
            builder.DataSource = fullPath;
        }
        builder.DefaultTimeout = BusyTimeoutMilliseconds / 1000;
        return builder.ToString();
    }

    /// <summary>The PostgreSQL connection string, checked for shape (whether the server answers is for the start to find out).</summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        const string Example = "'Host=db.example.com;Database=configurator;Username=configurator;Password=…'";
        if (string.IsNullOrWhiteSpace(configured) || configured.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            throw new StartupFailure($"Database:Provider is Postgres: set ConnectionStrings:Configurator to a PostgreSQL connection string, like {Example}.");
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
            {
                throw new StartupFailure($"ConnectionStrings:Configurator names no Host or no Database for PostgreSQL: set both, like {Example}.");
            }
            if (!configured.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
            {
                // Every request runs the same few dozen statements: prepared once per connection, PostgreSQL no longer parses
                // and plans them each time. A value in the connection string wins (0 turns it off).
                builder.MaxAutoPrepare = AutoPreparedStatements;
            }
            if (!configured.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            {
                // EF opens and closes the connection around each query, and by default Npgsql resets the session each time it
                // goes back to the pool (one more statement for PostgreSQL per query, about ten a page). The app never
                // changes session state (no SET, no temporary tables, only transaction-scoped locks), so there is nothing to reset.
                builder.NoResetOnClose = true;
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new StartupFailure($"ConnectionStrings:Configurator is not a PostgreSQL connection string ({e.Message}); set it like {Example}.", e);
        }
    }

    /// <summary>What the app says when it must not migrate and the database is behind.</summary>
    public const string NeedsMigrating =
        "The database needs migrating: run `dotnet run --project src/Configurator.Web -- migrate` (or set Database:MigrateOnStart=true).";

    // Any number, the same in every instance: the one that migrates holds it, the others wait and then find nothing to do.
    private const long MigrationLockKey = 0x436f6e6669677572;

    /// <summary>
    /// Applies every pending migration and answers their names. On PostgreSQL all of them, the history table and its
    /// rows run in ONE transaction (DDL is transactional there): a failure leaves the database exactly as it was.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(ConfiguratorDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(cancellationToken))
            {
                await creator.CreateAsync(cancellationToken);
            }
            // EF Core would create the history table outside its own transaction; in ours it is rolled back too.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
            // Created first, inside: reading a missing history table would abort the transaction.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return pending;
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the setting is kept in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        var waiting = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return waiting;
    }

    /// <summary>
    /// The sentence for an operator when the database cannot be used at all (no server, refused sign-in, no such
    /// database, a file that cannot be opened), naming the setting to change; null for any other failure.
    /// </summary>
    public static string? WhyUnusable(Exception exception, ConfiguratorDbContext db)
    {
        var connectionString = db.Database.GetConnectionString() ?? "";
        if (db.Database.IsNpgsql())
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            var where = $"{settings.Host}:{settings.Port}";
            return Find<PostgresException>(exception) switch
            {
                { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } refused =>
                    $"PostgreSQL at {where} refused user '{settings.Username}' ({refused.MessageText}): set the right Username and Password in ConnectionStrings:Configurator.",
                { SqlState: PostgresErrorCodes.InvalidCatalogName } missing =>
                    $"The database '{settings.Database}' does not exist at {where} ({missing.MessageText}): create it for user '{settings.Username}', or set Database in ConnectionStrings:Configurator to one that exists.",
                { SqlState: PostgresErrorCodes.InsufficientPrivilege } denied =>
                    $"PostgreSQL user '{settings.Username}' may not do what the app needs in database '{settings.Database}' at {where} ({denied.MessageText}): make that user the database's owner, or set Username in ConnectionStrings:Configurator to the owner.",
                _ when DatabaseOutage.Is(exception) =>
                    $"No PostgreSQL server answers at {where} ({exception.GetBaseException().Message}): start it, or set Host and Port in ConnectionStrings:Configurator to where it runs.",
                _ => null,
            };
        }
        if (db.Database.IsSqlite() && DatabaseOutage.Is(exception))
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            return $"The SQLite database '{file}' cannot be opened ({exception.GetBaseException().Message}): make its folder writable and free, or set ConnectionStrings:Configurator to another 'Data Source=…'.";
        }
        return null;
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }
        return null;
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
