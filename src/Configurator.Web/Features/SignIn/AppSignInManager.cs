using System.Security.Claims;
using Configurator.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.SignIn;

/// <summary>
/// Identity's sign-in with the app's rules: a disabled user cannot sign in; every sign-in starts a session
/// (<see cref="UserSessions"/>) whose id the cookie or token carries, and signing out ends it; and checking
/// a password costs the same whether the e-mail is unknown, the account locked or the password wrong.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, UserSessions sessions)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    private static readonly Lock _dummyLock = new();
    private static string? _dummyHash;
    private string? _refreshing;

    /// <summary>
    /// Finds the account by e-mail and checks the password, counting a failure towards lockout. Exactly one
    /// password hash is computed on every path, so the answer's timing does not tell whether the e-mail exists.
    /// </summary>
    public async Task<(AppUser? User, SignInResult Result)> CheckAsync(string email, string password)
    {
        var user = await UserManager.FindByEmailAsync(email.Trim());
        var passwordWillBeChecked = user is not null && !await UserManager.IsLockedOutAsync(user) && await CanSignInAsync(user);
        if (!passwordWillBeChecked)
        {
            UserManager.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash(), password);
        }
        var result = user is null ? SignInResult.Failed : await CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return (user, result);
    }

    /// <summary>The principal for an API token: the user's claims and a new token session.</summary>
    public async Task<ClaimsPrincipal> CreateTokenPrincipalAsync(AppUser user, string? sessionId = null)
    {
        var principal = await CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(UserSessions.Claim, sessionId ?? await sessions.StartAsync(user.Id, UserSessionKind.Token)));
        return principal;
    }

    public override async Task<bool> CanSignInAsync(AppUser user) => user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var sessionId = _refreshing ?? await sessions.StartAsync(user.Id, UserSessionKind.Cookie);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Append(new Claim(UserSessions.Claim, sessionId)));
    }

    /// <summary>Renews the cookie (a changed language, say) within the same session.</summary>
    public override async Task RefreshSignInAsync(AppUser user)
    {
        _refreshing = Context.User.FindFirstValue(UserSessions.Claim);
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _refreshing = null;
        }
    }

    public override async Task SignOutAsync()
    {
        await sessions.EndAsync(Context.User, "signed out");
        await base.SignOutAsync();
    }

    private string DummyHash()
    {
        lock (_dummyLock)
        {
            return _dummyHash ??= UserManager.PasswordHasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
        }
    }
}
