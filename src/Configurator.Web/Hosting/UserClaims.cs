using System.Security.Claims;

namespace Configurator.Web.Hosting;

/// <summary>Who the signed-in user is, as records and documents name them.</summary>
public static class UserClaims
{
    /// <summary>The user's id, or empty when there is none.</summary>
    public static string ActorId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>The display name, falling back to the sign-in name.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(AppClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? user.Identity?.Name ?? "";
}
