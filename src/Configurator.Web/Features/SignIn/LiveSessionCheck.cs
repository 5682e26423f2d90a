using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Configurator.Web.Features.SignIn;

/// <summary>
/// Runs after authentication on every request: a cookie or token whose session has ended (sign-out, new
/// password, changed roles, disabled user, past its absolute lifetime) counts as signed out from here on,
/// and a page's cookie is removed.
/// </summary>
public sealed class LiveSessionCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, UserSessions sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsLiveAsync(context.User, context.RequestAborted))
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    }
}
