using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Configurator.Web.Hosting;

/// <summary>
/// Recognises a database that does not answer, as opposed to a bug: the one place that decides whether a failure
/// becomes 503 (try again later) or 500. It looks through EF Core's and Identity's wrappers to the driver's exception.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What a 503 tells the client to wait, in seconds; the words say "a minute" too.</summary>
    public const int RetryAfterSeconds = 60;

    // SQLite's result codes: the file is busy or locked past the busy timeout, or cannot be opened at all.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCannotOpen = 14;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AggregateException { InnerExceptions.Count: > 0 } many:
                    return many.InnerExceptions.Any(Is);
                case PostgresException server:
                    return IsOutageState(server.SqlState);
                case NpgsqlException driver:
                    return driver.IsTransient || driver.InnerException is SocketException or TimeoutException or IOException;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCannotOpen;
            }
        }
        return false;
    }

    /// <summary>
    /// Drops the pooled connections: after an outage the idle ones are broken, and the first request once the server is
    /// back must not be handed one. Connections in use are closed when returned.
    /// </summary>
    public static void DropPooledConnections() => NpgsqlConnection.ClearAllPools();

    // The server said it cannot serve now (connection exceptions, shutting down or starting, too many connections),
    // not that the statement was wrong: a serialization failure or a constraint stays the caller's to handle.
    private static bool IsOutageState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("57P", StringComparison.Ordinal)
        || state is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow;
}
