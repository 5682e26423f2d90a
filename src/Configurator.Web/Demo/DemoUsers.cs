using Configurator.Domain.Users;
using Configurator.Web.Localization;

namespace Configurator.Web.Demo;

/// <summary>
/// The demo sign-ins: one per role in English, and a Chinese team (every role but admin) whose profiles
/// speak Simplified Chinese and who own the accounts in Greater China. Demo only: seeded only when Demo:Seed is true.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Demo!2026";

    public static IReadOnlyList<DemoUser> English { get; } =
    [
        new("admin@demo.local", "Alex Admin", Roles.Admin),
        new("rep@demo.local", "Riley Rep", Roles.Rep),
        new("presales@demo.local", "Pat Presales", Roles.Presales),
        new("product@demo.local", "Morgan Product", Roles.ProductManager),
        new("approver@demo.local", "Avery Approver", Roles.Approver),
    ];

    public static IReadOnlyList<DemoUser> Chinese { get; } =
    [
        new("wang.lei@demo.local", "王磊", Roles.Rep, Languages.Chinese),
        new("chen.jing@demo.local", "陈静", Roles.Presales, Languages.Chinese),
        new("liu.yang@demo.local", "刘洋", Roles.ProductManager, Languages.Chinese),
        new("zhao.min@demo.local", "赵敏", Roles.Approver, Languages.Chinese),
    ];

    public static IReadOnlyList<DemoUser> All { get; } = [.. English, .. Chinese];
}
