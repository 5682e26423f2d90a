using System.Security.Claims;
using Configurator.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.SignIn;

/// <summary>
/// Identity's sign-in with the app's rules: a disabled user cannot sign in; every sign-in starts a session
/// (<see cref="UserSessions"/>) whose id the cookie or token carries, and signing out ends it; and checking
/// a password costs the same whether the e-mail is unknown, the account locked or the password wrong. A user with an
/// authenticator app (or whose role requires one) gets no session after the password alone: a short-lived
/// "pending" cookie carries them to the code (or to setting up the app), and the session starts after that.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, UserSessions sessions, SecondFactor secondFactor, TimeProvider clock)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    /// <summary>The claim in the pending cookie that says which step it is for.</summary>
    public const string PendingStepClaim = "configurator:pending-step";

    private static readonly TimeSpan _codeStepLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan _setupStepLifetime = TimeSpan.FromMinutes(15);
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

    /// <summary>
    /// After a correct password: signs in at once, or, for a user with an authenticator app or a role that requires one,
    /// starts the pending step instead (no session yet) and says which.
    /// </summary>
    public async Task<SignInStep> SignInAfterPasswordAsync(AppUser user)
    {
        var step = user.TwoFactorEnabled ? SignInStep.CodeRequired
            : await secondFactor.IsRequiredAsync(user) ? SignInStep.SetupRequired
            : SignInStep.SignedIn;
        if (step == SignInStep.SignedIn)
        {
            await SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
            return step;
        }
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        identity.AddClaim(new Claim(PendingStepClaim, step.ToString()));
        identity.AddClaim(new Claim(Options.ClaimsIdentity.SecurityStampClaimType, await UserManager.GetSecurityStampAsync(user)));
        var lifetime = step == SignInStep.CodeRequired ? _codeStepLifetime : _setupStepLifetime;
        await Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, ExpiresUtc = clock.GetUtcNow() + lifetime });
        return step;
    }

    /// <summary>
    /// The user whose password was right for this <paramref name="step"/>; null when the step has run out, is another one,
    /// the account may no longer sign in, or its password or authenticator changed since.
    /// </summary>
    public async Task<AppUser?> PendingUserAsync(SignInStep step)
    {
        var pending = await Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (pending.Principal?.FindFirstValue(PendingStepClaim) != step.ToString() || pending.Principal.FindFirstValue(ClaimTypes.Name) is not { } userId)
        {
            return null;
        }
        var user = await UserManager.FindByIdAsync(userId);
        // A new password, a reset, or the app turned on or off since the password was given ends the step.
        return user is not null && await CanSignInAsync(user)
            && pending.Principal.FindFirstValue(Options.ClaimsIdentity.SecurityStampClaimType) == await UserManager.GetSecurityStampAsync(user)
            && user.TwoFactorEnabled == (step == SignInStep.CodeRequired)
            ? user
            : null;
    }

    /// <summary>The second factor is done: the pending cookie goes and the session starts.</summary>
    public async Task CompletePendingAsync(AppUser user)
    {
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
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
