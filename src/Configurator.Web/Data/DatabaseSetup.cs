using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Data;

/// <summary>
/// Chooses the database provider from configuration (<c>Database:Provider</c>) and brings the schema
/// up to date on start. Features only ever see <see cref="ConfiguratorDbContext"/>.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Configurator";
    public const string DefaultSqliteConnectionString = "Data Source=data/configurator.db";
    private const int BusyTimeoutMilliseconds = 5000;

    public static IServiceCollection AddConfiguratorDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (!string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported. Set Database:Provider to 'Sqlite' (PostgreSQL support arrives in its own release).");
        }

        var connectionString = SqliteConnectionString(configuration);
        // Pooled: a request gets a context that is already built (options, services, sets) instead of building one,
        // which was about a tenth of what a builder change allocated. A returned context is reset by EF Core.
        services.AddDbContextPool<ConfiguratorDbContext, SqliteConfiguratorDbContext>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(new SqliteConnectionPragmas(BusyTimeoutMilliseconds)));
        return services;
    }

    /// <summary>The SQLite connection string with its folder created, so a fresh data folder just works.</summary>
    public static string SqliteConnectionString(IConfiguration configuration)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(ConnectionStringName) ?? DefaultSqliteConnectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var fullPath = Path.GetFullPath(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            builder.DataSource = fullPath;
        }
        builder.DefaultTimeout = BusyTimeoutMilliseconds / 1000;
        return builder.ToString();
    }

    /// <summary>The folder beside the database where the app keeps its other files (data-protection keys).</summary>
    public static string DataFolder(IConfiguration configuration)
    {
        var builder = new SqliteConnectionStringBuilder(SqliteConnectionString(configuration));
        return Path.GetDirectoryName(builder.DataSource) ?? Directory.GetCurrentDirectory();
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
