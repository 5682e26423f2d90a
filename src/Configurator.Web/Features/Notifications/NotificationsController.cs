using Configurator.Web.Data;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Notifications;

/// <summary>The bell's page: what clients did on the person's deals, newest first; opening one marks it read and goes to the proposal.</summary>
[Authorize]
public sealed class NotificationsController(ConfiguratorDbContext db, NotificationWords words, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    public const string Path = "/notifications";
    public const string BellPath = "/notifications/bell";
    public const string ReadAllPath = "/notifications/read-all";

    /// <summary>The list shows this many; older ones stay in the database.</summary>
    public const int Shown = 100;

    public static string Open(long id) => $"{Path}/{id}";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.ActorId();
        // Newest first by id: SQLite cannot order by a DateTimeOffset, and ids grow with time.
        var rows = await (from n in db.Notifications.AsNoTracking()
                          join p in db.Proposals on n.ProposalId equals p.Id
                          where n.UserId == userId
                          orderby n.Id descending
                          select new { n.Id, n.Kind, n.RecipientName, n.Detail, p.Title, n.CreatedAt, n.ReadAt })
                         .Take(Shown).ToListAsync(cancellationToken);
        var model = new NotificationsViewModel(
            [.. rows.Select(r => new NotificationRow(r.Id, words.Sentence(r.Kind, r.RecipientName, r.Title, r.Detail), r.CreatedAt, r.ReadAt is null))],
            await NotificationBell.UnreadAsync(db, userId, cancellationToken));
        ViewData["Title"] = T["Notifications"].Value;
        return View(model);
    }

    /// <summary>The bell alone, for htmx to refresh the count.</summary>
    [HttpGet(BellPath)]
    public IActionResult Bell() => ViewComponent(typeof(NotificationBell));

    [HttpGet(Path + "/{id:long}")]
    public async Task<IActionResult> Open(long id, CancellationToken cancellationToken)
    {
        var userId = User.ActorId();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var builder = BuilderUrls.Proposal(notification.ProposalId);
        return Redirect(notification.Kind == ClientActivityKind.Asked ? $"{builder}#client-questions" : builder);
    }

    [HttpPost(ReadAllPath)]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        var userId = User.ActorId();
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return Redirect(Path);
    }
}
