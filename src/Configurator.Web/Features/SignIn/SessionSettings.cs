using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.SignIn;

/// <summary>How long a sign-in lasts (<c>Sessions:*</c>): idle time that ends a browser's cookie, and a limit no activity extends.</summary>
public sealed class SessionSettings
{
    public const string Section = "Sessions";

    /// <summary>A cookie left unused this long has to sign in again (each request moves it on).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Sessions:IdleLifetime must be between one minute and 30 days.")]
    public TimeSpan IdleLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Any session (cookie or API token with its refreshes) ends this long after sign-in, however active.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Sessions:AbsoluteLifetime must be between one minute and 30 days.")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>An API access token works this long; the refresh token gets a new one while the session lives.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Sessions:TokenLifetime must be between one minute and a day.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
