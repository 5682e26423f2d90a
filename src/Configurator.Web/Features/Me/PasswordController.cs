using System.Security.Claims;
using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Me;

/// <summary>A person changes their own password; they stay signed in here and are signed out everywhere else.</summary>
[Authorize]
public sealed class PasswordController(UserManager<AppUser> users, OwnPassword password, AppSignInManager signIn, IStringLocalizer<Text> T) : Controller
{
    public const string Path = "/me/password";

    [HttpGet(Path)]
    public IActionResult Edit(bool changed = false)
    {
        ViewData["Title"] = T["Change your password"].Value;
        ViewData["Changed"] = changed;
        return View("Password", new PasswordForm());
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Change(PasswordForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            var result = await password.ChangeAsync(user, form.CurrentPassword, form.NewPassword);
            if (result.Succeeded)
            {
                await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
                return Redirect($"{Path}?changed=true");
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            }
        }
        ViewData["Title"] = T["Change your password"].Value;
        return View("Password", new PasswordForm());
    }
}
