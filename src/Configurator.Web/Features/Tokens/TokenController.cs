using Configurator.Web.Features.Shared;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Tokens;

/// <summary>
/// POST /api/v1/auth/token exchanges email and password for a bearer token for the API; POST /api/v1/auth/refresh
/// exchanges the refresh token for a new one while the session lives (until sign-in's absolute lifetime, a new
/// password, changed roles or a disabled account end it).
/// </summary>
[Route("/api/v1/auth")]
public sealed class TokenController(AppSignInManager signInManager, SecondFactor secondFactor, UserSessions sessions, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock) : ApiControllerBase
{
    public const string CodeRequiredMessage = "This account signs in with an authenticator app: send \"code\" (the 6 digits the app shows now) or \"recoveryCode\" with the email and password.";
    public const string CodeFailureMessage = "The one-time code or recovery code is not right (or no longer valid), or the account is locked for a while after too many attempts.";
    public const string SetupRequiredMessage = "A role of this account requires an authenticator app, and none is set up yet. Sign in once in the browser, set it up there, then ask for a token with \"code\".";

    [AllowAnonymous]
    [HttpPost("token")]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> Issue(TokenRequest request)
    {
        var (user, result) = await signInManager.CheckAsync(request.Email, request.Password);
        if (user is not null && result.Succeeded)
        {
            // The password was right; the same second step as the sign-in page follows, and reveals no more than it does.
            if (user.TwoFactorEnabled)
            {
                if (string.IsNullOrWhiteSpace(request.Code) && string.IsNullOrWhiteSpace(request.RecoveryCode))
                {
                    return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "One-time code required", detail: CodeRequiredMessage);
                }
                if (!await secondFactor.VerifyAsync(user, request.Code, request.RecoveryCode))
                {
                    return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: CodeFailureMessage);
                }
            }
            else if (await secondFactor.IsRequiredAsync(user))
            {
                return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Authenticator app to set up", detail: SetupRequiredMessage);
            }
            // The bearer handler answers {"tokenType":"Bearer","accessToken":…,"expiresIn":…,"refreshToken":…}.
            return SignIn(await signInManager.CreateTokenPrincipalAsync(user), IdentityConstants.BearerScheme);
        }
        return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: SignInController.FailureMessage);
    }

    [AllowAnonymous]
    [HttpPost("refresh")]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> Refresh(RefreshRequest request)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is { } expires && clock.GetUtcNow() < expires
            && await sessions.IsLiveAsync(ticket.Principal)
            && await signInManager.ValidateSecurityStampAsync(ticket.Principal) is { } user)
        {
            var session = ticket.Principal.FindFirst(UserSessions.Claim)!.Value;
            return SignIn(await signInManager.CreateTokenPrincipalAsync(user, session), IdentityConstants.BearerScheme);
        }
        return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Refresh refused",
            detail: "This refresh token has expired or its session has ended (signed out, new password, changed roles or a disabled account). Ask for a new token with email and password.");
    }
}
