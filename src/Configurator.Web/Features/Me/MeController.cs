using System.Security.Claims;
using Configurator.Domain.Discovery;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Me;

/// <summary>GET /api/v1/me: who the token belongs to, what they may do, and their language; PATCH sets the language; POST …/password changes the password.</summary>
[Route("/api/v1/me")]
public sealed class MeController(UserManager<AppUser> users, UserLanguage language, OwnPassword password) : ApiControllerBase
{
    [HttpGet("")]
    public async Task<MeResponse> Get()
    {
        var user = await users.GetUserAsync(User);
        return Describe(user);
    }

    [HttpPatch("")]
    public async Task<IActionResult> Patch([FromBody] MeUpdate update)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Unauthorized();
        }
        var phoneProblems = update.PhoneSent ? DiscoveryValidation.Phone(update.Phone) : [];
        if (phoneProblems.Count > 0)
        {
            return UseCaseAnswers.ValidationProblem([.. phoneProblems.Select(p => (p.Field, p.Message))], "The phone number was not saved; nothing was changed.");
        }
        if (update.LanguageSent && !await language.SetAsync(user, update.Language, renewCookie: false))
        {
            return UseCaseAnswers.ValidationProblem([("language", UserLanguage.Refusal)], "The language is not one the app speaks.");
        }
        if (update.PhoneSent)
        {
            user.PhoneNumber = string.IsNullOrWhiteSpace(update.Phone) ? null : update.Phone.Trim();
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
            {
                return UseCaseAnswers.ValidationProblem([.. saved.Errors.Select(e => ("phone", e.Description))], "The phone number was not saved.");
            }
        }
        return Ok(Describe(user));
    }

    /// <summary>Changes the caller's password; every session of theirs ends, this token's too, so the client asks for a new token.</summary>
    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword([FromBody] PasswordChange change)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Unauthorized();
        }
        var result = await password.ChangeAsync(user, change.CurrentPassword, change.NewPassword);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "currentPassword" : "newPassword";
            return UseCaseAnswers.ValidationProblem([.. result.Errors.Select(e => (field, e.Description))], "The password was not changed.");
        }
        return NoContent();
    }

    private MeResponse Describe(AppUser? user) => new(
        User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "",
        User.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? "",
        Roles.All.Where(User.IsInRole).ToList(),
        // The API itself answers in English; this is the language the person's pages use.
        user?.Language ?? LanguageCultureProvider.Preferred(HttpContext) ?? Languages.English,
        user?.Language is not null)
    {
        Phone = user?.PhoneNumber ?? "",
    };
}
