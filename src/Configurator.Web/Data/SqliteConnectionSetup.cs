using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Configurator.Web.Data;

/// <summary>
/// Prepares every SQLite connection as it opens:
/// <list type="bullet">
/// <item>a busy timeout, so a writer waits for another instead of failing at once with "database is locked";</item>
/// <item><c>synchronous = NORMAL</c>: with the WAL journal the database stays consistent after a crash, and a commit no
/// longer waits for the disk to sync (only a power cut can lose the last commits), the setting SQLite recommends for WAL;</item>
/// <item>an <c>upper()</c> that knows every alphabet, as PostgreSQL's does: SQLite's own changes only A–Z, so a search
/// for "müller" missed "Müller" there (the searches compare <c>upper(name)</c> with the term in capitals).</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSetup(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        AddFunctions(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AddFunctions(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Pragmas => $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";

    private static void AddFunctions(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction("upper", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
}
