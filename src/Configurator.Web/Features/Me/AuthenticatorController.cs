using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Me;

/// <summary>
/// A person turns an authenticator app on (key and QR code, confirmed with a code; ten recovery codes shown once),
/// gets new recovery codes (current password or a code) and turns it off (current password; not while a role requires it).
/// </summary>
[Authorize]
public sealed class AuthenticatorController(UserManager<AppUser> users, SecondFactor secondFactor, AppSignInManager signIn, IStringLocalizer<Text> T) : Controller
{
    public const string Path = "/me/authenticator";
    public const string RecoveryCodesPath = Path + "/recovery-codes";
    public const string DisablePath = Path + "/disable";

    [HttpGet(Path)]
    public async Task<IActionResult> Show(string? message)
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await PageView(user, message);
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Enable(EnableAuthenticatorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (user.TwoFactorEnabled)
        {
            return Redirect(Path);
        }
        if (ModelState.IsValid)
        {
            var codes = await secondFactor.EnableAsync(user, form.Code);
            if (codes is not null)
            {
                // Turning it on renews the security stamp; this browser's cookie is renewed within the same session.
                await signIn.RefreshSignInAsync(user);
                return RecoveryCodesView(codes);
            }
            ModelState.AddModelError(nameof(form.Code), T["That is not the code the app shows for this key. Check that the app has the key below and type its current code."]);
        }
        return await PageView(user, null);
    }

    [HttpPost(RecoveryCodesPath)]
    public async Task<IActionResult> NewRecoveryCodes(NewRecoveryCodesForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return Redirect(Path);
        }
        if (ModelState.IsValid)
        {
            if (!string.IsNullOrEmpty(form.CurrentPassword))
            {
                if (await users.CheckPasswordAsync(user, form.CurrentPassword))
                {
                    return RecoveryCodesView(await secondFactor.NewRecoveryCodesAsync(user));
                }
                ModelState.AddModelError(nameof(form.CurrentPassword), T["The password is not correct."]);
            }
            else if (!string.IsNullOrWhiteSpace(form.Code))
            {
                if (await secondFactor.VerifyAsync(user, form.Code, recoveryCode: null))
                {
                    return RecoveryCodesView(await secondFactor.NewRecoveryCodesAsync(user));
                }
                ModelState.AddModelError(nameof(form.Code), T["That code did not work. Type the code your app shows now."]);
            }
            else
            {
                ModelState.AddModelError(nameof(form.CurrentPassword), T["Enter your current password, or a code from your app."]);
            }
        }
        return await PageView(user, null);
    }

    [HttpPost(DisablePath)]
    public async Task<IActionResult> Disable([Bind(Prefix = "Disable")] DisableAuthenticatorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return Redirect(Path);
        }
        if (await secondFactor.IsRequiredAsync(user))
        {
            ModelState.AddModelError(string.Empty, T["One of your roles requires an authenticator app, so it stays on. To move it to a new phone, ask an admin to reset it."]);
        }
        else if (ModelState.IsValid)
        {
            if (await users.CheckPasswordAsync(user, form.CurrentPassword))
            {
                await secondFactor.DisableAsync(user);
                await signIn.RefreshSignInAsync(user);
                return Redirect($"{Path}?message=off");
            }
            ModelState.AddModelError("Disable.CurrentPassword", T["The password is not correct."]);
        }
        return await PageView(user, null);
    }

    private ViewResult RecoveryCodesView(IReadOnlyList<string> codes)
    {
        ViewData["Title"] = T["Your recovery codes"].Value;
        return View("RecoveryCodes", new RecoveryCodesViewModel(codes, Path));
    }

    private async Task<ViewResult> PageView(AppUser user, string? message)
    {
        ViewData["Title"] = T["Authenticator app"].Value;
        var setup = user.TwoFactorEnabled ? null : AuthenticatorSetupModel.For(await secondFactor.KeyForSetupAsync(user));
        var left = user.TwoFactorEnabled ? await secondFactor.RecoveryCodesLeftAsync(user) : 0;
        var text = message == "off" ? T["The authenticator app is off. You sign in with your password alone."].Value : null;
        return View("Authenticator", new AuthenticatorPageModel(user.TwoFactorEnabled, await secondFactor.IsRequiredAsync(user), left, setup, text));
    }
}
