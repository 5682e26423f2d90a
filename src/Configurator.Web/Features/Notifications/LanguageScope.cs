using System.Globalization;
using Configurator.Web.Localization;

namespace Configurator.Web.Features.Notifications;

/// <summary>
/// Speaks another person's language for a moment (an e-mail to a colleague in their profile's language, to a client in
/// the proposal's), then the request's again. Use it around synchronous work only: an await inside would carry the
/// culture into whatever continues on that thread.
/// </summary>
public sealed class LanguageScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private LanguageScope(string? language)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.GetCultureInfo(Languages.Normalize(language) ?? Languages.English);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Speaks <paramref name="language"/> ("en", "zh-CN"; anything else is English) until disposed.</summary>
    public static LanguageScope Use(string? language) => new(language);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
