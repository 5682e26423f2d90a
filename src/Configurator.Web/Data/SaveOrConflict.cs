using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Data;

/// <summary>
/// The one place a write meets a concurrent one: every record two people can edit carries a version
/// (a concurrency token), and a save that finds it moved is a conflict, never an overwrite.
/// </summary>
public static class SaveOrConflict
{
    public const string ConcurrentChange = "Someone changed it at the same moment; nothing of yours was saved. Reload and apply your change again.";

    /// <summary>Saves; a concurrent change becomes <see cref="Outcome.Conflict"/> and the tracked changes are dropped.</summary>
    public static async Task<UseCaseResult> SaveOrConflictAsync(this ConfiguratorDbContext db, CancellationToken cancellationToken, int? createdId = null, string? conflict = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return UseCaseResult.Done(createdId);
        }
        catch (DbUpdateConcurrencyException)
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
}
