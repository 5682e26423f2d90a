using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

/// <summary>The app seeded on a day far from the machine's, through the injected clock: what the demo's dates follow.</summary>
public sealed class LaterDayAppFactory : AppFactory
{
    public static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 30, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
