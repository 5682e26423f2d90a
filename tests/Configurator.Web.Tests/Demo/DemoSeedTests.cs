using Configurator.Domain.Users;
using Configurator.Web.Demo;
using Configurator.Web.Hosting;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

public sealed class DemoSeedTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SeedsOneDemoUserPerRole()
    {
        foreach (var (email, _, role) in DemoUsers.All)
        {
            Assert.Equal([role], await app.RolesOfAsync(email));
        }
        Assert.Equal(Roles.All.Order(), DemoUsers.All.Select(u => u.Role).Order());
    }

    [Fact]
    public async Task SeedingAgainAddsNothing()
    {
        var before = await CountUsersAsync();

        await StartupTasks.PrepareAsync(app.Services, app.Services.GetRequiredService<IConfiguration>());

        Assert.Equal(before, await CountUsersAsync());
    }

    private async Task<int> CountUsersAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Configurator.Web.Data.ConfiguratorDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users);
    }
}
