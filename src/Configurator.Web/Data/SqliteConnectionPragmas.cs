using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Configurator.Web.Data;

/// <summary>
/// Sets a busy timeout on every SQLite connection, so a writer waits for another instead of failing
/// at once with "database is locked".
/// </summary>
internal sealed class SqliteConnectionPragmas(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
