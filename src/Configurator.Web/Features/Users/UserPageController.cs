using Configurator.Web.Data;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Users;

/// <summary>What the pages about one person share: their page shown again, with what was refused next to its field.</summary>
public abstract class UserPageController(UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<Text> text) : Controller
{
    protected UserManager<AppUser> Users => users;

    protected TimeProvider Clock => clock;

    protected IStringLocalizer<Text> T => text;

    /// <summary>The details form as the person is now.</summary>
    protected async Task<UserDetailsForm> DetailsAsync(AppUser user) => new()
    {
        DisplayName = user.DisplayName,
        Phone = user.PhoneNumber,
        Roles = (await users.GetRolesAsync(user)).ToList(),
        ConcurrencyStamp = user.ConcurrencyStamp ?? "",
    };

    protected async Task<ViewResult> EditWithError(AppUser user, string error)
    {
        ModelState.AddModelError(string.Empty, error);
        return EditView(user, await DetailsAsync(user), new ResetPasswordForm(), null);
    }

    protected ViewResult EditView(AppUser user, UserDetailsForm details, ResetPasswordForm password, string? message)
    {
        SetPage(user.DisplayName);
        var lockedUntil = user.LockoutEnd > Clock.GetUtcNow() ? user.LockoutEnd : null;
        return View("Edit", new EditUserViewModel(user.Id, user.Email ?? "", user.CreatedAt, lockedUntil, user.DisabledAt, details, password, message, user.TwoFactorEnabled));
    }

    /// <summary>Puts Identity's errors next to the field they concern, all of them, so one try is enough.</summary>
    protected void AddErrors(IdentityResult result, string? passwordField, string? emailField)
    {
        var byField = result.Errors.GroupBy(error => error.Code switch
        {
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField ?? "",
            "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField ?? "",
            _ => "",
        });
        foreach (var field in byField)
        {
            // The words come from UserErrorDescriber, in the page's language.
            ModelState.AddModelError(field.Key, string.Join(" ", field.Select(error => error.Description).Distinct()));
        }
    }

    protected void SetPage(string title)
    {
        ViewData["Title"] = title;
        ViewData["Section"] = "Admin";
    }
}
