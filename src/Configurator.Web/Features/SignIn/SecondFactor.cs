using System.Text;
using Configurator.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.SignIn;

/// <summary>
/// The one place for the second factor (ASP.NET Identity's authenticator app, RFC 6238, and its recovery codes):
/// which roles require it, setting it up, checking a code at sign-in for the page and the API alike (a wrong code
/// counts towards lockout), new recovery codes, turning it off and an admin's reset.
/// </summary>
public sealed class SecondFactor(UserManager<AppUser> users, ConfiguratorDbContext db, UserSessions sessions, TimeProvider clock, ILogger<SecondFactor> logger)
{
    public const int RecoveryCodeCount = 10;
    public const string Issuer = "Configurator";

    // Where Identity's user store keeps the key and the recovery codes (AspNetUserTokens).
    private const string StoreProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyName = "AuthenticatorKey";
    private const string AppProvider = "[Configurator]";
    private const string LastCodeName = "LastOneTimeCode";

    // Identity accepts the codes of two 30-second steps either side of now; a used code is refused for longer than that.
    private static readonly TimeSpan _codeValidity = TimeSpan.FromMinutes(3);

    /// <summary>Whether one of the user's roles requires an authenticator app.</summary>
    public async Task<bool> IsRequiredAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return await db.TwoFactorRoles.AnyAsync(r => roles.Contains(r.Role));
    }

    public async Task<IReadOnlyList<string>> RequiredRolesAsync(CancellationToken cancellationToken = default) =>
        await db.TwoFactorRoles.OrderBy(r => r.Role).Select(r => r.Role).ToListAsync(cancellationToken);

    /// <summary>
    /// Makes exactly <paramref name="roles"/> the roles that require an authenticator app. Members of a newly required
    /// role who have none are signed out everywhere, so they set one up at their next sign-in. Answers who that was.
    /// </summary>
    public async Task<IReadOnlyList<string>> RequireForRolesAsync(IReadOnlyCollection<string> roles, string adminId)
    {
        var current = await db.TwoFactorRoles.ToListAsync();
        db.TwoFactorRoles.RemoveRange(current.Where(r => !roles.Contains(r.Role)));
        var added = roles.Except(current.Select(r => r.Role)).ToList();
        var now = clock.GetUtcNow();
        db.TwoFactorRoles.AddRange(added.Select(role => new TwoFactorRole { Role = role, RequiredSince = now, RequiredBy = adminId }));
        await db.SaveChangesAsync();

        var signedOut = new List<string>();
        foreach (var role in added)
        {
            foreach (var member in await users.GetUsersInRoleAsync(role))
            {
                if (!member.TwoFactorEnabled && !signedOut.Contains(member.Id))
                {
                    await sessions.EndAllAsync(member.Id, "authenticator required");
                    signedOut.Add(member.Id);
                }
            }
        }
        logger.LogWarning("Admin {AdminId} set the roles that require an authenticator app to [{Roles}]; {Count} people without one were signed out.",
            adminId, string.Join(", ", roles), signedOut.Count);
        return signedOut;
    }

    /// <summary>The shared key to type into an authenticator app, kept until the person confirms it with a code.</summary>
    public async Task<AuthenticatorKey> KeyForSetupAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Stored where Identity's ResetAuthenticatorKeyAsync puts it, without its new security stamp: merely opening
            // the setup page must not sign the person out of their other browsers and tokens.
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, StoreProvider, AuthenticatorKeyName, key);
        }
        var account = user.Email ?? user.UserName ?? user.Id;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        return new AuthenticatorKey(key, Grouped(key), uri);
    }

    /// <summary>
    /// Turns the authenticator on when <paramref name="code"/> is what the app shows for the key just given, and answers
    /// the ten recovery codes (shown once); null, with nothing changed, when the code is not right.
    /// </summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        if (!await IsFreshCodeAsync(user, NormalizeCode(code)))
        {
            return null;
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        logger.LogInformation("User {UserId} turned on an authenticator app.", user.Id);
        return await NewRecoveryCodesAsync(user);
    }

    /// <summary>Ten new recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList()
        ?? throw new InvalidOperationException("Identity made no recovery codes.");

    public async Task<int> RecoveryCodesLeftAsync(AppUser user) => await users.CountRecoveryCodesAsync(user);

    /// <summary>
    /// Checks the second factor at sign-in or before a sensitive change: a current code from the app, or else an unused
    /// recovery code (which then stops working). A wrong one counts towards lockout like a wrong password; a locked
    /// account is refused whatever the code.
    /// </summary>
    public async Task<bool> VerifyAsync(AppUser user, string? code, string? recoveryCode)
    {
        if (!user.TwoFactorEnabled || await users.IsLockedOutAsync(user))
        {
            return false;
        }
        var right = !string.IsNullOrWhiteSpace(code)
            ? await IsFreshCodeAsync(user, NormalizeCode(code))
            : !string.IsNullOrWhiteSpace(recoveryCode) && (await users.RedeemTwoFactorRecoveryCodeAsync(user, NormalizeRecoveryCode(recoveryCode))).Succeeded;
        if (right)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        else
        {
            await users.AccessFailedAsync(user);
            logger.LogWarning("A wrong one-time code for user {UserId}.", user.Id);
        }
        return right;
    }

    /// <summary>Turns the authenticator off and forgets its key and recovery codes, so turning it on again starts afresh.</summary>
    public async Task DisableAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, StoreProvider, AuthenticatorKeyName);
        await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "RecoveryCodes");
        await users.RemoveAuthenticationTokenAsync(user, AppProvider, LastCodeName);
        logger.LogInformation("User {UserId} turned off their authenticator app.", user.Id);
    }

    /// <summary>An admin's reset, for a lost phone: the authenticator is off and every session of the person ends.</summary>
    public async Task ResetByAdminAsync(AppUser user, string adminId)
    {
        await DisableAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, "authenticator reset");
        logger.LogWarning("Admin {AdminId} reset the authenticator app of user {UserId}; their sessions ended.", adminId, user.Id);
    }

    /// <summary>
    /// Whether the code is what the app shows now (Identity accepts a little clock drift either side) and has not been
    /// accepted before while it could still be valid: RFC 6238 5.2 and ASVS 6.5.1, a code that was seen (over a shoulder,
    /// in a phished form) cannot be used a second time. An accepted code is remembered until it can no longer be valid.
    /// </summary>
    private async Task<bool> IsFreshCodeAsync(AppUser user, string code)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var last = await users.GetAuthenticationTokenAsync(user, AppProvider, LastCodeName);
        if (last?.Split('@') is [var lastCode, var at] && lastCode == code
            && long.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && now - DateTimeOffset.FromUnixTimeSeconds(seconds) < _codeValidity)
        {
            return false;
        }
        await users.SetAuthenticationTokenAsync(user, AppProvider, LastCodeName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{code}@{now.ToUnixTimeSeconds()}"));
        return true;
    }

    /// <summary>"123 456" and "123-456" are typed as the app shows them.</summary>
    public static string NormalizeCode(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>Recovery codes are stored as XXXXX-XXXXX in capitals; accept them typed in lower case, with spaces or without the dash.</summary>
    public static string NormalizeRecoveryCode(string code)
    {
        var plain = code.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return plain.Length == 10 && !plain.Contains('-', StringComparison.Ordinal) ? $"{plain[..5]}-{plain[5..]}" : plain;
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(i == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString();
    }
}
