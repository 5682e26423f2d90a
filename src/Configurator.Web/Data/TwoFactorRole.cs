namespace Configurator.Web.Data;

/// <summary>
/// A role whose members must sign in with an authenticator app as well as their password. An admin keeps the
/// list (Admin → Users → Two-step sign-in); a member who has not set one up does so right after the password.
/// </summary>
public sealed class TwoFactorRole
{
    public required string Role { get; init; }

    public DateTimeOffset RequiredSince { get; init; }

    /// <summary>The admin who made it required, for whoever reads the table.</summary>
    public string? RequiredBy { get; init; }
}
