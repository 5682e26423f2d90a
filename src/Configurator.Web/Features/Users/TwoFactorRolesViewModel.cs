namespace Configurator.Web.Features.Users;

public sealed record TwoFactorRolesViewModel(IReadOnlyList<TwoFactorRoleRow> Roles, string? Message);
