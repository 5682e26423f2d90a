using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Configurator.Web.Localization;

/// <summary>
/// Picks the request's language: a <c>?lang=</c> in the URL, then the signed-in user's profile, then
/// the browser's <c>Accept-Language</c>. A code we do not speak is passed over, so the page falls back
/// to the next source (and finally English), with the switch in the header showing which one it got.
/// The API always answers in English (integrations read its problem details); pseudo-localisation
/// (<see cref="Languages.Pseudo"/>) is honoured only when <paramref name="allowPseudo"/> (Development, Testing).
/// </summary>
public sealed class LanguageCultureProvider(bool allowPseudo) : RequestCultureProvider
{
    public const string QueryKey = "lang";
    public const string Claim = "language";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Languages.English));
        }
        if (allowPseudo && string.Equals(httpContext.Request.Query[QueryKey].FirstOrDefault(), Languages.Pseudo, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Languages.Pseudo));
        }
        var language = Preferred(httpContext);
        return Task.FromResult(language is null ? null : new ProviderCultureResult(language));
    }

    /// <summary>The language this person asked for (URL, profile, browser), or null when none we speak.</summary>
    public static string? Preferred(HttpContext httpContext) =>
        Languages.Normalize(httpContext.Request.Query[QueryKey].FirstOrDefault())
        ?? Languages.Normalize(httpContext.User.FindFirstValue(Claim))
        ?? FromBrowser(httpContext.Request);

    private static string? FromBrowser(HttpRequest request)
    {
        var header = request.Headers.AcceptLanguage.ToString();
        if (header.Length == 0 || !StringWithQualityHeaderValue.TryParseList(header.Split(','), out var values))
        {
            return null;
        }
        return values
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => Languages.Normalize(v.Value.Value))
            .FirstOrDefault(code => code is not null);
    }
}
