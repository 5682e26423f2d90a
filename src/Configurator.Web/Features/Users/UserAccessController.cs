using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Users;

/// <summary>Whether a person can sign in: admins reset their password, lift a lockout, and disable or enable the account.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/users")]
public sealed class UserAccessController(UserManager<AppUser> users, UserSessions sessions, TimeProvider clock, IStringLocalizer<Text> text)
    : UserPageController(users, clock, text)
{
    [HttpPost("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id, [Bind(Prefix = "Password")] ResetPasswordForm password)
    {
        var user = await Users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var token = await Users.GeneratePasswordResetTokenAsync(user);
            var result = await Users.ResetPasswordAsync(user, token, password.NewPassword);
            if (result.Succeeded)
            {
                await Users.SetLockoutEndDateAsync(user, null);
                await Users.ResetAccessFailedCountAsync(user);
                await sessions.EndAllAsync(user.Id, "password reset");
                return RedirectToAction(nameof(UsersController.Edit), "Users", new { id, message = T["Password reset, and {0} was signed out everywhere. Give the new password to the person in person or by phone.", user.DisplayName].Value });
            }
            AddErrors(result, passwordField: "Password.NewPassword", emailField: null);
        }
        return EditView(user, await DetailsAsync(user), new ResetPasswordForm(), null);
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await Users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await Users.SetLockoutEndDateAsync(user, null);
        await Users.ResetAccessFailedCountAsync(user);
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id, message = T["The account is unlocked."].Value });
    }

    /// <summary>A disabled account cannot sign in, and every session it has ends now; enabling lets it sign in again.</summary>
    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        var user = await Users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (user.Id == Users.GetUserId(User))
        {
            return await EditWithError(user, T["You cannot disable your own account. Ask another admin if it must be."]);
        }
        if (await Users.IsInRoleAsync(user, Roles.Admin) && (await Users.GetUsersInRoleAsync(Roles.Admin)).Count(u => u.DisabledAt is null) <= 1)
        {
            return await EditWithError(user, T["This is the only admin who can sign in. Make someone else an admin first, so that somebody can still manage users."]);
        }
        if (user.DisabledAt is null)
        {
            user.DisabledAt = Clock.GetUtcNow();
            await Users.UpdateAsync(user);
            await Users.UpdateSecurityStampAsync(user);
            await sessions.EndAllAsync(user.Id, "disabled");
        }
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id, message = T["{0} is disabled: signed out everywhere and cannot sign in until enabled again.", user.DisplayName].Value });
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        var user = await Users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (user.DisabledAt is not null)
        {
            user.DisabledAt = null;
            await Users.UpdateAsync(user);
        }
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id, message = T["{0} can sign in again.", user.DisplayName].Value });
    }
}
