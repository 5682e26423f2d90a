using System.Security.Claims;
using System.Security.Cryptography;
using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.SignIn;

/// <summary>
/// The one place that starts, checks and ends sign-in sessions. A cookie or token carries the session's id
/// as a claim; every request with one is checked here, so ending a session takes effect on its next request.
/// </summary>
public sealed class UserSessions(ConfiguratorDbContext db, TimeProvider clock, IOptions<SessionSettings> settings)
{
    public const string Claim = "sid";

    /// <summary>Starts a session for the user and answers its id (128 random bits), to be put in the cookie or token.</summary>
    public async Task<string> StartAsync(string userId, UserSessionKind kind, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // A user's finished sessions are cleared when they next sign in, so the table holds what is live.
        var old = await db.Sessions.Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        db.Sessions.RemoveRange(old.Where(s => !IsLive(s, now)));
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = userId,
            Kind = kind,
            StartedAt = now,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Whether the principal's session still lives: not ended, within its absolute lifetime, of an enabled user.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var id = principal.FindFirstValue(Claim);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || userId is null)
        {
            return false;
        }
        var found = await (
                from s in db.Sessions.AsNoTracking()
                join u in db.Users on s.UserId equals u.Id
                where s.Id == id && s.UserId == userId
                select new { Session = s, u.DisabledAt })
            .FirstOrDefaultAsync(cancellationToken);
        return found is { DisabledAt: null } && IsLive(found.Session, clock.GetUtcNow());
    }

    /// <summary>Ends the principal's own session (sign-out).</summary>
    public async Task EndAsync(ClaimsPrincipal principal, string because, CancellationToken cancellationToken = default)
    {
        if (principal.FindFirstValue(Claim) is { } id)
        {
            var now = clock.GetUtcNow();
            await db.Sessions.Where(s => s.Id == id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndedBecause, because), cancellationToken);
        }
    }

    /// <summary>Ends every session of the user: on every browser and for every API token.</summary>
    public async Task EndAllAsync(string userId, string because, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await db.Sessions.Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndedBecause, because), cancellationToken);
    }

    private bool IsLive(UserSession session, DateTimeOffset now) =>
        session.EndedAt is null && now < session.StartedAt + settings.Value.AbsoluteLifetime;
}
