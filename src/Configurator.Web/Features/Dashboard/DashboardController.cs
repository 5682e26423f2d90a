using Configurator.Domain.Catalogue;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Dashboard;

public sealed class DashboardController(ConfiguratorDbContext db, CatalogueCache catalogue, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var userCount = await db.Users.CountAsync(cancellationToken);
        // SQLite cannot compare DateTimeOffset in the database; the few lockout ends are compared here.
        var lockoutEnds = await db.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd!.Value).ToListAsync(cancellationToken);
        var lockedOut = lockoutEnds.Count(end => end > now);
        var roleCounts = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                group userRole by role.Name into byRole
                select new { Role = byRole.Key!, Count = byRole.Count() })
            .ToDictionaryAsync(r => r.Role, r => r.Count, cancellationToken);

        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var byStatus = Enum.GetValues<ItemStatus>()
            .Select(status => (status, snapshot.Items.Count(i => i.Status == status)))
            .ToList();

        ViewData["Title"] = T["Dashboard"].Value;
        ViewData["Section"] = "Dashboard";
        return View(new DashboardViewModel(
            User.DisplayName(),
            userCount,
            lockedOut,
            Roles.All.Select(r => (r, roleCounts.GetValueOrDefault(r))).ToList(),
            User.IsInRole(Roles.Admin),
            byStatus,
            snapshot.Categories.Count));
    }
}
