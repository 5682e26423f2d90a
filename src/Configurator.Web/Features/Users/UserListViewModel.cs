namespace Configurator.Web.Features.Users;

public sealed record UserListViewModel(string? Query, IReadOnlyList<UserListItem> Users, string? Message);
