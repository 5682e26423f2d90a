using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Configurator.Web.Features.Tokens;

/// <summary>POST /api/v1/auth/token: exchanges email and password for a bearer token for the API.</summary>
[Route("/api/v1/auth")]
public sealed class TokenController(SignInManager<AppUser> signInManager, UserManager<AppUser> users) : ApiControllerBase
{
    [AllowAnonymous]
    [HttpPost("token")]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> Issue(TokenRequest request)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is not null)
        {
            var result = await signInManager.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                var principal = await signInManager.CreateUserPrincipalAsync(user);
                // The bearer handler answers {"tokenType":"Bearer","accessToken":…,"expiresIn":…,"refreshToken":…}.
                return SignIn(principal, IdentityConstants.BearerScheme);
            }
        }
        return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: SignInController.FailureMessage);
    }
}
