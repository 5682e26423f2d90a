namespace Configurator.Web.Features.Users;

public sealed record UserListItem(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, bool Disabled);
