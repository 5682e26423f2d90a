namespace Configurator.Web.Features.Users;

/// <summary>User administration's URLs, in one place.</summary>
public static class UserUrls
{
    public static string User(string id) => $"/admin/users/{id}";

    public static string Details(string id) => $"{User(id)}/details";

    public static string Password(string id) => $"{User(id)}/password";

    public static string Unlock(string id) => $"{User(id)}/unlock";

    public static string Disable(string id) => $"{User(id)}/disable";

    public static string Enable(string id) => $"{User(id)}/enable";

    public static string ResetAuthenticator(string id) => $"{User(id)}/authenticator/reset";

    public const string TwoFactorRoles = "/admin/users/two-factor";
}
