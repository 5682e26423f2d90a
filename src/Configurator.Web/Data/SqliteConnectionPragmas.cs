using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Configurator.Web.Data;

/// <summary>
/// Sets on every SQLite connection a busy timeout, so a writer waits for another instead of failing at
/// once with "database is locked", and <c>synchronous = NORMAL</c>: with the WAL journal the database
/// stays consistent after a crash, and a commit no longer waits for the disk to sync (only a power
/// cut can lose the last commits). It is the setting SQLite recommends for WAL.
/// </summary>
internal sealed class SqliteConnectionPragmas(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
