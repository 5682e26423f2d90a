using Configurator.Web.Features.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Configurator.Web.Data;

/// <summary>
/// The one place a write meets a concurrent one: every record two people can edit carries a version
/// (a concurrency token), and a save that finds it moved is a conflict, never an overwrite.
/// </summary>
public static class SaveOrConflict
{
    public const string ConcurrentChange = "Someone changed it at the same moment; nothing of yours was saved. Reload and apply your change again.";

    // SQLite's result codes: SQLITE_CONSTRAINT and its PRIMARYKEY and UNIQUE extended codes.
    private const int SqliteConstraint = 19;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    // PostgreSQL reports both a taken primary key and a taken unique value as unique_violation; the constraint tells them apart.
    private const string PostgresUniqueViolation = "23505";

    /// <summary>Saves; a concurrent change, or an insert that another save beat to its key, becomes <see cref="Outcome.Conflict"/> and the tracked changes are dropped.</summary>
    public static async Task<UseCaseResult> SaveOrConflictAsync(this ConfiguratorDbContext db, CancellationToken cancellationToken, int? createdId = null, string? conflict = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return UseCaseResult.Done(createdId);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || KeyTaken(error))
        {
            db.ChangeTracker.Clear();
            return UseCaseResult.Conflict(conflict ?? ConcurrentChange);
        }
    }

    /// <summary>Null when the caller named the saved version; else why not (missing or stale).</summary>
    public static UseCaseResult? CheckVersion(string what, int? named, int current)
    {
        if (named is null)
        {
            return UseCaseResult.Invalid("version", $"Name the {what}'s version you are changing (body field version or an If-Match header); it is {current} now.");
        }
        return named != current ? UseCaseResult.Stale(what, named.Value, current) : null;
    }

    /// <summary>
    /// An insert whose key another save took first, which is the same race as a concurrent edit: two first
    /// saves of a record there is one of (the brand), two revisions given the same number; or a unique value
    /// another save took first while this one inserted or changed its rows (two pain points at one place in a deal's order).
    /// </summary>
    private static bool KeyTaken(DbUpdateException error) => error.Entries.Count > 0 && error.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqlitePrimaryKey } => error.Entries.All(e => e.State == EntityState.Added),
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteUnique } => error.Entries.All(e => e.State is EntityState.Added or EntityState.Modified),
        PostgresException { SqlState: PostgresUniqueViolation, ConstraintName: { } name } when name.StartsWith("PK_", StringComparison.Ordinal) => error.Entries.All(e => e.State == EntityState.Added),
        PostgresException { SqlState: PostgresUniqueViolation } => error.Entries.All(e => e.State is EntityState.Added or EntityState.Modified),
        _ => false,
    };
}
