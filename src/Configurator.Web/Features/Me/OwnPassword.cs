using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Microsoft.AspNetCore.Identity;

namespace Configurator.Web.Features.Me;

/// <summary>The one use case for a person changing their own password, for the page and the API: the current password is required, and every session of theirs ends.</summary>
public sealed class OwnPassword(UserManager<AppUser> users, UserSessions sessions)
{
    public async Task<IdentityResult> ChangeAsync(AppUser user, string currentPassword, string newPassword)
    {
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded)
        {
            await sessions.EndAllAsync(user.Id, "password changed");
        }
        return result;
    }
}
