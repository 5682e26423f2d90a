using System.Security.Claims;
using Configurator.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Hosting;

/// <summary>Adds the user's display name and chosen language to the sign-in, so pages greet people by name in their language.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.Language is { } language)
        {
            identity.AddClaim(new Claim(Localization.LanguageCultureProvider.Claim, language));
        }
        return identity;
    }
}
