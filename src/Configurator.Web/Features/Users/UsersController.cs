using Configurator.Domain.Discovery;
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

/// <summary>Admins create users, assign roles, reset passwords, lift lockouts and disable accounts. There is no self-registration.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/users")]
public sealed class UsersController(UserManager<AppUser> users, UserSessions sessions, ConfiguratorDbContext db, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? message, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }
        var found = await query.OrderBy(u => u.DisplayName).Take(500)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.DisabledAt })
            .ToListAsync(cancellationToken);
        var roleNames = await RoleNamesByUserAsync(found.Select(u => u.Id).ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        var model = new UserListViewModel(q, found
            .Select(u => new UserListItem(u.Id, u.Email ?? "", u.DisplayName, roleNames.GetValueOrDefault(u.Id) ?? [], u.LockoutEnd > now, u.DisabledAt is not null))
            .ToList(), message);

        SetPage(T["Users"]);
        return Request.IsHtmx() ? PartialView("_UserTable", model) : View(model);
    }

    [HttpGet("new")]
    public IActionResult Create()
    {
        SetPage(T["New user"]);
        return View(new CreateUserForm());
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateUserForm form)
    {
        CheckRoles(form.Roles, nameof(form.Roles));
        if (ModelState.IsValid)
        {
            var user = new AppUser
            {
                UserName = form.Email.Trim(),
                Email = form.Email.Trim(),
                EmailConfirmed = true,
                DisplayName = form.DisplayName.Trim(),
                CreatedAt = clock.GetUtcNow(),
            };
            await using var transaction = await db.Database.BeginTransactionAsync();
            var created = await users.CreateAsync(user, form.Password);
            if (created.Succeeded && form.Roles.Count > 0)
            {
                created = await users.AddToRolesAsync(user, form.Roles.Distinct());
            }
            if (created.Succeeded)
            {
                await transaction.CommitAsync();
                return RedirectToAction(nameof(Index), new { message = T["{0} can now sign in as {1}.", user.DisplayName, user.Email ?? ""].Value });
            }
            AddErrors(created, passwordField: nameof(form.Password), emailField: nameof(form.Email));
        }
        form.Password = "";
        SetPage(T["New user"]);
        return View(form);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, string? message)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        var details = new UserDetailsForm
        {
            DisplayName = user.DisplayName,
            Phone = user.PhoneNumber,
            Roles = (await users.GetRolesAsync(user)).ToList(),
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        };
        return EditView(user, details, new ResetPasswordForm(), message);
    }

    [HttpPost("{id}/details")]
    public async Task<IActionResult> SaveDetails(string id, [Bind(Prefix = "Details")] UserDetailsForm details)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        CheckRoles(details.Roles, "Details.Roles");
        CheckPhone(details.Phone, "Details.Phone");
        if (user.ConcurrencyStamp != details.ConcurrencyStamp)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, T["Someone else changed this user while you were editing. Your changes were not saved; the page now shows the latest version."]);
            return await Edit(id, null);
        }
        var current = await users.GetRolesAsync(user);
        var wanted = details.Roles.Distinct().ToList();
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin)
            && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
        {
            ModelState.AddModelError("Details.Roles", T["This is the only admin. Make someone else an admin first, so that somebody can still manage users."]);
        }
        if (!ModelState.IsValid)
        {
            return EditView(user, details, new ResetPasswordForm(), null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        user.DisplayName = details.DisplayName.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        }
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, wanted.Except(current));
        }
        var rolesChanged = !current.ToHashSet().SetEquals(wanted);
        if (result.Succeeded && rolesChanged)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }
        if (!result.Succeeded)
        {
            AddErrors(result, passwordField: null, emailField: null);
            return EditView(user, details, new ResetPasswordForm(), null);
        }
        if (rolesChanged)
        {
            // Roles travel in the cookie and the token: the person signs in again to get the new ones.
            await sessions.EndAllAsync(user.Id, "roles changed");
        }
        await transaction.CommitAsync();
        return RedirectToAction(nameof(Edit), new
        {
            id,
            message = (rolesChanged
            ? T["Name and roles saved. {0} was signed out everywhere and gets the new roles at the next sign-in.", user.DisplayName]
            : T["Name saved."]).Value
        });
    }

    [HttpPost("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id, [Bind(Prefix = "Password")] ResetPasswordForm password)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, password.NewPassword);
            if (result.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
                await sessions.EndAllAsync(user.Id, "password reset");
                return RedirectToAction(nameof(Edit), new { id, message = T["Password reset, and {0} was signed out everywhere. Give the new password to the person in person or by phone.", user.DisplayName].Value });
            }
            AddErrors(result, passwordField: "Password.NewPassword", emailField: null);
        }
        var details = new UserDetailsForm
        {
            DisplayName = user.DisplayName,
            Phone = user.PhoneNumber,
            Roles = (await users.GetRolesAsync(user)).ToList(),
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        };
        return EditView(user, details, new ResetPasswordForm(), null);
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return RedirectToAction(nameof(Edit), new { id, message = T["The account is unlocked."].Value });
    }

    /// <summary>A disabled account cannot sign in, and every session it has ends now; enabling lets it sign in again.</summary>
    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (user.Id == users.GetUserId(User))
        {
            return await EditWithError(user, T["You cannot disable your own account. Ask another admin if it must be."]);
        }
        if (await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count(u => u.DisabledAt is null) <= 1)
        {
            return await EditWithError(user, T["This is the only admin who can sign in. Make someone else an admin first, so that somebody can still manage users."]);
        }
        if (user.DisabledAt is null)
        {
            user.DisabledAt = clock.GetUtcNow();
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            await sessions.EndAllAsync(user.Id, "disabled");
        }
        return RedirectToAction(nameof(Edit), new { id, message = T["{0} is disabled: signed out everywhere and cannot sign in until enabled again.", user.DisplayName].Value });
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (user.DisabledAt is not null)
        {
            user.DisabledAt = null;
            await users.UpdateAsync(user);
        }
        return RedirectToAction(nameof(Edit), new { id, message = T["{0} can sign in again.", user.DisplayName].Value });
    }

    private async Task<ViewResult> EditWithError(AppUser user, string error)
    {
        ModelState.AddModelError(string.Empty, error);
        var details = new UserDetailsForm
        {
            DisplayName = user.DisplayName,
            Phone = user.PhoneNumber,
            Roles = (await users.GetRolesAsync(user)).ToList(),
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        };
        return EditView(user, details, new ResetPasswordForm(), null);
    }

    private ViewResult EditView(AppUser user, UserDetailsForm details, ResetPasswordForm password, string? message)
    {
        SetPage(user.DisplayName);
        var lockedUntil = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        return View("Edit", new EditUserViewModel(user.Id, user.Email ?? "", user.CreatedAt, lockedUntil, user.DisabledAt, details, password, message, user.TwoFactorEnabled));
    }

    private async Task<Dictionary<string, List<string>>> RoleNamesByUserAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userIds.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Name!).OrderBy(Roles.All.ToList().IndexOf).ToList());
    }

    private void CheckRoles(List<string> roles, string field)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            ModelState.AddModelError(field, T["Choose roles from the list: {0}.", string.Join(T[", "], Roles.All.Select(r => T[Roles.DisplayName(r)].Value))]);
        }
    }

    /// <summary>The same rule as a person's phone in discovery, in the page's words.</summary>
    private void CheckPhone(string? phone, string field)
    {
        foreach (var issue in DiscoveryValidation.Phone(phone))
        {
            ModelState.AddModelError(field, issue.Code == DiscoveryIssueCodes.TooLong
                ? T["A phone number has at most {0} characters.", DiscoveryLimits.PhoneMaxLength]
                : T["Write the phone number in digits, with the country code if abroad, like +49 30 1234 5678."]);
        }
    }

    /// <summary>Puts Identity's errors next to the field they concern, all of them, so one try is enough.</summary>
    private void AddErrors(IdentityResult result, string? passwordField, string? emailField)
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

    private void SetPage(string title)
    {
        ViewData["Title"] = title;
        ViewData["Section"] = "Admin";
    }
}
