using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Shared;

/// <summary>
/// The app records who did something by user id only, so a new e-mail or name never orphans the
/// history; pages and the API resolve the id to the name colleagues see, here.
/// </summary>
public static class UserNames
{
    public const string System = "System";
    public const string FormerUser = "A former user";

    /// <summary>The user's display name; empty ids are the system (the demo seed), unknown ids a user who has left.</summary>
    public static string NameOf(this IReadOnlyDictionary<string, string> names, string userId) =>
        userId.Length == 0 ? System : names.GetValueOrDefault(userId) ?? FormerUser;

    /// <summary>The display names of the given users, by id.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(ConfiguratorDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Where(id => id.Length > 0).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
