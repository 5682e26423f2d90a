namespace Configurator.Domain.Users;

/// <summary>The roles a user can hold; a user may hold several.</summary>
public static class Roles
{
    public const string Rep = "Rep";
    public const string Presales = "Presales";
    public const string ProductManager = "ProductManager";
    public const string Approver = "Approver";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Rep, Presales, ProductManager, Approver, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>The name people read on pages, e.g. "Product manager".</summary>
    public static string DisplayName(string role) => role switch
    {
        Rep => "Sales rep",
        Presales => "Presales",
        ProductManager => "Product manager",
        Approver => "Approver",
        Admin => "Admin",
        _ => role,
    };
}
