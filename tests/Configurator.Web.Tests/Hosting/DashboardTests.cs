using Configurator.Web.Demo;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Hosting;

public sealed class DashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ShowsRealCountsOfTheCatalogueAndTheTeam()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var html = await rep.GetPageAsync("/");

        Assert.Matches(@">29</span><span class=""stat__label"">Active catalogue items", html);
        Assert.Matches(@">1</span><span class=""stat__label"">Draft catalogue items", html);
        Assert.Matches(@">3</span><span class=""stat__label"">Retired catalogue items", html);
        Assert.Matches(@">11</span><span class=""stat__label"">Pain categories", html);
        Assert.Matches($@">{DemoUsers.All.Count}</span><span class=""stat__label"">People with access", html); // the English and the Chinese demo team
        Assert.Contains("Welcome, Riley Rep", html);
    }
}
