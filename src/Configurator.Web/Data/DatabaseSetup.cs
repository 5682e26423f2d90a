using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
                    .AddInterceptors(new SqliteConnectionPragmas(BusyTimeoutMilliseconds)));
                break;
            case DatabaseProvider.Postgres:
                var postgres = PostgresConnectionString(configuration);
                services.AddDbContextPool<ConfiguratorDbContext, PostgresConfiguratorDbContext>(options => options
                    .UseNpgsql(postgres, o => o.MigrationsHistoryTable("__EFMigrationsHistory")));
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
            _ => throw new InvalidOperationException(
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
            throw new InvalidOperationException($"ConnectionStrings:Configurator is not a SQLite connection string ({e.Message}); set it like 'Data Source=data/configurator.db'.", e);
        }
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var fullPath = Path.GetFullPath(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
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
            throw new InvalidOperationException($"Database:Provider is Postgres: set ConnectionStrings:Configurator to a PostgreSQL connection string, like {Example}.");
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
            {
                throw new InvalidOperationException($"ConnectionStrings:Configurator names no Host or no Database for PostgreSQL: set both, like {Example}.");
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:Configurator is not a PostgreSQL connection string ({e.Message}); set it like {Example}.", e);
        }
    }

    public static async Task MigrateAsync(ConfiguratorDbContext db, CancellationToken cancellationToken = default)
    {
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
        await db.Database.MigrateAsync(cancellationToken);
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
