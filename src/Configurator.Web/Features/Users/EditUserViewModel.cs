namespace Configurator.Web.Features.Users;

public sealed record EditUserViewModel(
    string Id,
    string Email,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LockedOutUntil,
    UserDetailsForm Details,
    ResetPasswordForm Password,
    string? Message);
