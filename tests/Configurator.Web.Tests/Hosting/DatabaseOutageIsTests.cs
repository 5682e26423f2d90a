using System.Net.Sockets;
using Configurator.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Configurator.Web.Tests.Hosting;

/// <summary>Which failures mean "the database does not answer" (503, try again) and which are bugs or conflicts (not 503).</summary>
public sealed class DatabaseOutageIsTests
{
    public static TheoryData<string, Exception> Outages => new()
    {
        { "refused connection", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "connect timeout", new NpgsqlException("The operation has timed out", new TimeoutException()) },
        { "broken stream", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "server shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01") },
        { "server starting", new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03") },
        { "too many connections", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300") },
        { "wrapped by EF", new DbUpdateException("An error occurred while saving", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))) },
        { "wrapped twice", new InvalidOperationException("outer", new AggregateException(new NpgsqlException("x", new IOException()))) },
        { "SQLite busy past its timeout", new SqliteException("database is locked", 5) },
        { "SQLite file cannot be opened", new SqliteException("unable to open database file", 14) },
    };

    public static TheoryData<string, Exception> NotOutages => new()
    {
        { "unique violation", new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation) },
        { "serialization failure", new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure) },
        { "syntax error", new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError) },
        { "SQLite constraint", new SqliteException("UNIQUE constraint failed", 19) },
        { "a timeout elsewhere", new TimeoutException("Chromium did not answer") },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
        { "concurrency conflict", new DbUpdateConcurrencyException("changed by someone else") },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void IsTrueForADatabaseThatDoesNotAnswer(string because, Exception failure) =>
        Assert.True(DatabaseOutage.Is(failure), because);

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void IsFalseForEverythingElse(string because, Exception failure) =>
        Assert.False(DatabaseOutage.Is(failure), because);
}
