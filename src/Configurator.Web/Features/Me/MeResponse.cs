namespace Configurator.Web.Features.Me;

/// <summary>
/// Who the token belongs to; <paramref name="Language"/> is the interface language in use: the
/// profile's choice, or the browser's when the profile has none.
/// </summary>
public sealed record MeResponse(string Email, string DisplayName, IReadOnlyList<string> Roles, string Language, bool LanguageChosen)
{
    /// <summary>The phone number documents print in the contact block; empty when not given.</summary>
    public string Phone { get; init; } = "";
}
