namespace Configurator.Web.Features.Users;

public sealed record EditUserViewModel(
    string Id,
    string Email,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LockedOutUntil,
    DateTimeOffset? DisabledAt,
    UserDetailsForm Details,
    ResetPasswordForm Password,
    string? Message,
    bool AuthenticatorOn = false);
