using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Users;

/// <summary>Admins choose the roles that require an authenticator app, and reset a person's app (a lost phone).</summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class TwoFactorController(UserManager<AppUser> users, SecondFactor secondFactor, ConfiguratorDbContext db, IStringLocalizer<Text> T) : Controller
{
    [HttpGet(UserUrls.TwoFactorRoles)]
    public async Task<IActionResult> Roles(string? message, CancellationToken cancellationToken) =>
        await RolesView(await secondFactor.RequiredRolesAsync(cancellationToken), message, cancellationToken);

    [HttpPost(UserUrls.TwoFactorRoles)]
    public async Task<IActionResult> SaveRoles([FromForm] List<string> roles, CancellationToken cancellationToken)
    {
        if (RoleChoice.Problem(roles, T) is { } problem)
        {
            ModelState.AddModelError("roles", problem);
            return await RolesView(roles.Where(Domain.Users.Roles.IsKnown).ToList(), null, cancellationToken);
        }
        var signedOut = await secondFactor.RequireForRolesAsync(roles.Distinct().ToList(), users.GetUserId(User)!);
        var message = signedOut.Count == 0
            ? T["Saved."].Value
            : T.Plural(signedOut.Count, "Saved. {0} person without an authenticator app was signed out and sets one up at the next sign-in.", "Saved. {0} people without an authenticator app were signed out and set one up at their next sign-in.");
        return Redirect($"{UserUrls.TwoFactorRoles}?message={Uri.EscapeDataString(message)}");
    }

    /// <summary>For a lost phone: the person's authenticator app is off, every session of theirs ends; at the next sign-in they set it up again if a role requires it.</summary>
    [HttpPost("/admin/users/{id}/authenticator/reset")]
    public async Task<IActionResult> Reset(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await secondFactor.ResetByAdminAsync(user, users.GetUserId(User)!);
        var message = T["The authenticator app of {0} is reset, and they were signed out everywhere. They sign in with their password alone, and set the app up again where a role requires it.", user.DisplayName].Value;
        return Redirect($"{UserUrls.User(id)}?message={Uri.EscapeDataString(message)}");
    }

    private async Task<ViewResult> RolesView(IReadOnlyCollection<string> required, string? message, CancellationToken cancellationToken)
    {
        var withoutApp = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                join user in db.Users on userRole.UserId equals user.Id
                where !user.TwoFactorEnabled && user.DisabledAt == null
                group userRole by role.Name into byRole
                select new { Role = byRole.Key!, Count = byRole.Count() })
            .ToDictionaryAsync(r => r.Role, r => r.Count, cancellationToken);
        ViewData["Title"] = T["Two-step sign-in"].Value;
        ViewData["Section"] = "Admin";
        var rows = Domain.Users.Roles.All.Select(r => new TwoFactorRoleRow(r, required.Contains(r), withoutApp.GetValueOrDefault(r))).ToList();
        return View("TwoFactorRoles", new TwoFactorRolesViewModel(rows, message));
    }
}
