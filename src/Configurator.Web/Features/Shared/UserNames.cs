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

    /// <summary>The display names of the given users, by id; a client who acted through their link (<see cref="ClientActor"/>) by the name it was sent to.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(ConfiguratorDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Where(id => id.Length > 0).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        foreach (var (actor, name) in await ClientNamesAsync(db, ids, cancellationToken))
        {
            names[actor] = name;
        }
        return names;
    }

    /// <summary>Who the history names when the client took a step through their link: there is no user, only the link.</summary>
    public static string ClientActor(int clientLinkId) => $"{ClientActorPrefix}{clientLinkId}";

    /// <summary>The recipients' names of the client actors among <paramref name="actorIds"/>, by actor id.</summary>
    public static async Task<Dictionary<string, string>> ClientNamesAsync(ConfiguratorDbContext db, IEnumerable<string> actorIds, CancellationToken cancellationToken)
    {
        var links = actorIds.Where(a => a.StartsWith(ClientActorPrefix, StringComparison.Ordinal))
            .Select(a => int.TryParse(a[ClientActorPrefix.Length..], out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        return links.Count == 0
            ? []
            : await db.ClientLinks.AsNoTracking().Where(l => links.Contains(l.Id)).ToDictionaryAsync(l => ClientActor(l.Id), l => l.RecipientName, cancellationToken);
    }

    private const string ClientActorPrefix = "client:";
}
