using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

/// <summary>The demo story is dated from the app's clock, never the machine's: seeded on another day, it holds on that day.</summary>
public sealed class DemoClockTests(LaterDayAppFactory app) : IClassFixture<LaterDayAppFactory>
{
    [Fact]
    public async Task TheDemoIsDatedFromTheInjectedClockNotTheMachinesDate()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var opportunities = await db.Opportunities.AsNoTracking().ToListAsync();
        var today = DateOnly.FromDateTime(LaterDayAppFactory.Now.UtcDateTime);

        Assert.NotEmpty(opportunities);
        var closed = opportunities.Where(o => Playbook.IsClosed(o.Stage)).ToList();
        Assert.NotEmpty(closed);
        // Won and lost in the half year before the clock's today, not the machine's.
        Assert.All(closed, o => Assert.InRange(o.ExpectedClose!.Value, today.AddDays(-180), today.AddDays(-1)));
        var open = opportunities.Where(o => !Playbook.IsClosed(o.Stage)).ToList();
        Assert.All(open, o =>
        {
            Assert.InRange(o.ExpectedClose!.Value, today.AddDays(1), today.AddDays(270));
            Assert.InRange(o.NextStep!.Due, today.AddDays(-10), today.AddDays(13));
        });
        Assert.Contains(open, o => o.NextStep!.IsOverdue(today, o.Stage));
        Assert.Contains(open, o => !o.NextStep!.IsOverdue(today, o.Stage));
    }
}
