using System.Net.Http.Json;
using System.Text.Json;
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
        foreach (var (email, _, role, _) in DemoUsers.All)
        {
            Assert.Equal([role], await app.RolesOfAsync(email));
        }
        Assert.Equal(Roles.All.Order(), DemoUsers.English.Select(u => u.Role).Order());
        Assert.All(DemoUsers.English, u => Assert.Null(u.Language));
    }

    [Fact]
    public async Task SeedsAChineseTeamForEveryRoleButAdminWhoseProfilesSpeakChinese()
    {
        Assert.Equal(Roles.All.Where(r => r != Roles.Admin).Order(), DemoUsers.Chinese.Select(u => u.Role).Order());
        foreach (var (email, displayName, _, _) in DemoUsers.Chinese)
        {
            var user = await app.FindUserAsync(email);
            Assert.NotNull(user);
            Assert.Equal("zh-CN", user.Language);
            Assert.Equal(displayName, user.DisplayName);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,3}$", user.DisplayName);
        }
        Assert.Equal(DemoUsers.All.Count, DemoUsers.All.Select(u => u.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task AChineseRepSignsInToAChineseInterfaceAndTheirOwnChineseDeals()
    {
        var rep = await app.SignInAsync("wang.lei@demo.local");
        var api = await app.ApiClientAsync("wang.lei@demo.local");

        var page = Html.Parse(await rep.GetPageAsync("/opportunities"));
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh-CN", me.GetProperty("language").GetString());
        var rows = page.QuerySelectorAll("#opportunity-table tbody tr").ToList();
        Assert.NotEmpty(rows);
        // Each of their deals is with a Chinese account (有限公司), named in Chinese.
        Assert.All(rows, row => Assert.Contains("有限公司", row.TextContent));
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
