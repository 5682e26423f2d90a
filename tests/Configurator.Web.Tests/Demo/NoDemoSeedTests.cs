using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Demo;

public sealed class NoDemoSeedTests(NoDemoSeedTests.ProductionApp app) : IClassFixture<NoDemoSeedTests.ProductionApp>
{
    public sealed class ProductionApp : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Demo:Seed"] = "false",
            ["Admin:Email"] = "first.admin@company.test",
            ["Admin:Password"] = "First!Admin2026",
        };
    }

    [Fact]
    public async Task WithoutDemoSeedThereAreNoDemoUsersOnlyTheConfiguredAdmin()
    {
        app.CreateBrowser();

        Assert.Null(await app.FindUserAsync("rep@demo.local"));
        Assert.Equal(["Admin"], await app.RolesOfAsync("first.admin@company.test"));
        var admin = await app.SignInAsync("first.admin@company.test", "First!Admin2026");
        Assert.Contains("first.admin@company.test", await admin.GetPageAsync("/admin/users"));
    }
}
