using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Dashboard;

/// <summary>
/// The admin's cards. The PDF browser's state is read as it stands (<see cref="ChromiumBrowser.Peek"/>): the home never
/// starts a browser; the PDF check page does.
/// </summary>
public sealed class AdminHome(ConfiguratorDbContext db, ChromiumBrowser browser, TimeProvider clock)
{
    public async Task<AdminCards> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var people = await db.Users.CountAsync(cancellationToken);
        var roleCounts = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                group userRole by role.Name into byRole
                select new { Role = byRole.Key!, Count = byRole.Count() })
            .ToDictionaryAsync(r => r.Role, r => r.Count, cancellationToken);
        // SQLite cannot compare DateTimeOffset in the database; the few lockout ends are compared here.
        var lockouts = await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null)
            .Select(u => new { u.Id, u.DisplayName, u.Email, End = u.LockoutEnd!.Value })
            .ToListAsync(cancellationToken);
        var locked = lockouts.Where(l => l.End > now).OrderBy(l => l.DisplayName, StringComparer.CurrentCulture)
            .Select(l => new AdminCards.LockedOut(l.Id, l.DisplayName, l.Email ?? "", l.End)).ToList();
        var (state, detail) = browser.Peek();
        return new AdminCards(people, Roles.All.Select(r => (r, roleCounts.GetValueOrDefault(r))).ToList(), locked, state, detail);
    }
}
