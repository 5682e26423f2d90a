namespace Configurator.Web.Data;

/// <summary>
/// One signed-in session: a browser's cookie or an API token (with its refreshes). The cookie or token
/// carries only the session's id; the session ends here on sign-out, a password change or reset, a role
/// change or disabling the user, and the next request that shows its id is refused.
/// </summary>
public sealed class UserSession
{
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public required UserSessionKind Kind { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended, for whoever reads the table: "signed out", "password changed" …</summary>
    public string? EndedBecause { get; set; }
}

public enum UserSessionKind
{
    Cookie,
    Token,
}
