using Configurator.Domain.Users;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Users;

/// <summary>The one check of roles chosen on a page (a user's roles, the roles that require an authenticator app), in the page's words.</summary>
public static class RoleChoice
{
    /// <summary>What to fix when a chosen role is not one of the app's roles, or null when all are.</summary>
    public static string? Problem(IEnumerable<string> roles, IStringLocalizer<Text> T) => roles.Any(r => !Roles.IsKnown(r))
        ? T["Choose roles from the list: {0}.", string.Join(T[", "], Roles.All.Select(r => T[Roles.DisplayName(r)].Value))].Value
        : null;
}
