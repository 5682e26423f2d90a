namespace Configurator.Web.Features.Users;

/// <summary>A role, whether it requires an authenticator app, and how many of its enabled members have none.</summary>
public sealed record TwoFactorRoleRow(string Role, bool Required, int MembersWithoutApp);
