using Configurator.Domain.Users;

namespace Configurator.Web.Demo;

/// <summary>The demo sign-ins, one per role. Demo only: seeded only when Demo:Seed is true.</summary>
public static class DemoUsers
{
    public const string Password = "Demo!2026";

    public static IReadOnlyList<(string Email, string DisplayName, string Role)> All { get; } =
    [
        ("admin@demo.local", "Alex Admin", Roles.Admin),
        ("rep@demo.local", "Riley Rep", Roles.Rep),
        ("presales@demo.local", "Pat Presales", Roles.Presales),
        ("product@demo.local", "Morgan Product", Roles.ProductManager),
        ("approver@demo.local", "Avery Approver", Roles.Approver),
    ];
}
