using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Notifications;

/// <summary>The bell in the header: a link to the notifications with the number unread (one indexed count per page).</summary>
public sealed class NotificationBell(ConfiguratorDbContext db) : ViewComponent
{
    public const string ViewPath = "/Features/Notifications/_Bell.cshtml";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.Identity?.IsAuthenticated != true)
        {
            return Content("");
        }
        return View(ViewPath, await UnreadAsync(db, UserClaimsPrincipal.ActorId(), HttpContext.RequestAborted));
    }

    public static Task<int> UnreadAsync(ConfiguratorDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
}
