using Configurator.Web.Data;
using Configurator.Web.Demo;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

public sealed class BookOfBusinessSeedTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<T> WithDbAsync<T>(Func<ConfiguratorDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>());
    }

    [Fact]
    public async Task TheDemoSeedWritesTheGeneratedBookOfBusiness()
    {
        var accounts = await WithDbAsync(db => db.Accounts.CountAsync());
        var opportunities = await WithDbAsync(db => db.Opportunities.Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery().ToListAsync());

        Assert.Equal(DemoSeeder.BookAccounts, accounts);
        Assert.InRange(opportunities.Count, 45, 75);
        Assert.All(opportunities, o =>
        {
            Assert.InRange(o.PainPoints.Count, 4, 8);
            Assert.InRange(o.Stakeholders.Count, 2, 6);
            Assert.Equal(Enumerable.Range(1, o.PainPoints.Count), o.PainPoints.Select(p => p.Priority).Order());
            Assert.All(o.PainPoints.Where(p => p.RaisedById is not null), p => Assert.Contains(o.Stakeholders, s => s.Id == p.RaisedById));
        });
        var categories = await WithDbAsync(db => db.PainCategories.Select(c => c.Code).ToListAsync());
        Assert.All(opportunities.SelectMany(o => o.PainPoints), p => Assert.Contains(p.Category, categories));
    }

    [Fact]
    public async Task TheVolumeCommandAddsALargeBookAndSaysWhatItWrote()
    {
        var before = await WithDbAsync(db => db.Accounts.CountAsync());
        var lastId = await WithDbAsync(db => db.Accounts.MaxAsync(a => a.Id));
        var output = new StringWriter();

        var exitCode = await VolumeSeed.RunAsync(app.Services, ["seed", "--accounts", "40", "--seed", "7"], output);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Wrote 40 accounts", output.ToString());
        Assert.Equal(before + 40, await WithDbAsync(db => db.Accounts.CountAsync()));
        // The rep whose profile speaks Chinese owns the new accounts in Greater China, the other rep the rest.
        var owners = await WithDbAsync(db => db.Accounts.Where(a => a.Id > lastId)
            .Join(db.Users, a => a.OwnerId, u => u.Id, (a, u) => new { a.Region, u.Email }).ToListAsync());
        Assert.Contains(owners, o => o.Region == "Greater China");
        Assert.All(owners, o => Assert.Equal(o.Region == "Greater China" ? "wang.lei@demo.local" : "rep@demo.local", o.Email));
    }

    [Theory]
    [InlineData("--accounts", "many")]
    [InlineData("--accounts", "0")]
    [InlineData("--accounts", "")]
    public async Task TheVolumeCommandExplainsBadArguments(string name, string value)
    {
        var output = new StringWriter();

        var exitCode = await VolumeSeed.RunAsync(app.Services, ["seed", name, value], output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: seed --accounts N", output.ToString());
    }
}
