using Configurator.Web.Data;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace Configurator.Web.Features.Me;

/// <summary>The one use case that sets a user's interface language, for the header's switch and the API.</summary>
public sealed class UserLanguage(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    /// <summary>
    /// Saves <paramref name="requested"/> ("zh-CN", "en"; null or empty follows the browser again) and renews the
    /// sign-in cookie so the next page speaks it. False, with nothing saved, for a language we do not speak.
    /// </summary>
    public async Task<bool> SetAsync(AppUser user, string? requested, bool renewCookie)
    {
        string? language = null;
        if (!string.IsNullOrWhiteSpace(requested))
        {
            language = Languages.Normalize(requested);
            if (language is null)
            {
                return false;
            }
        }
        user.Language = language;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        if (renewCookie)
        {
            await signIn.RefreshSignInAsync(user);
        }
        return true;
    }

    public static string Refusal => $"Choose one of the languages the app speaks: {string.Join(", ", Languages.All)}.";
}
