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

/// <summary>Admins list and create users and change their name, phone and roles; whether they can sign in is <see cref="UserAccessController"/>. There is no self-registration.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/users")]
public sealed class UsersController(UserManager<AppUser> users, UserSessions sessions, ConfiguratorDbContext db, TimeProvider clock, IStringLocalizer<Text> text)
    : UserPageController(users, clock, text)
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
        var now = Clock.GetUtcNow();
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
                CreatedAt = Clock.GetUtcNow(),
            };
            await using var transaction = await db.Database.BeginTransactionAsync();
            var created = await Users.CreateAsync(user, form.Password);
            if (created.Succeeded && form.Roles.Count > 0)
            {
                created = await Users.AddToRolesAsync(user, form.Roles.Distinct());
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
        var user = await Users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        return EditView(user, await DetailsAsync(user), new ResetPasswordForm(), message);
    }

    [HttpPost("{id}/details")]
    public async Task<IActionResult> SaveDetails(string id, [Bind(Prefix = "Details")] UserDetailsForm details)
    {
        var user = await Users.FindByIdAsync(id);
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
        var current = await Users.GetRolesAsync(user);
        var wanted = details.Roles.Distinct().ToList();
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin)
            && (await Users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
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
        var result = await Users.UpdateAsync(user);
        if (result.Succeeded)
        {
            result = await Users.RemoveFromRolesAsync(user, current.Except(wanted));
        }
        if (result.Succeeded)
        {
            result = await Users.AddToRolesAsync(user, wanted.Except(current));
        }
        var rolesChanged = !current.ToHashSet().SetEquals(wanted);
        if (result.Succeeded && rolesChanged)
        {
            result = await Users.UpdateSecurityStampAsync(user);
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
        if (RoleChoice.Problem(roles, T) is { } problem)
        {
            ModelState.AddModelError(field, problem);
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
}
