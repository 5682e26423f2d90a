using Configurator.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Me;

/// <summary>The language switch in the header: saves the choice on the user's profile and returns to the page.</summary>
[Authorize]
public sealed class LanguageController(UserManager<AppUser> users, UserLanguage userLanguage) : Controller
{
    public const string Path = "/me/language";

    [HttpPost(Path)]
    public async Task<IActionResult> Set([FromForm] string? language, [FromForm] string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await userLanguage.SetAsync(user, language, renewCookie: true))
        {
            return BadRequest();
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
