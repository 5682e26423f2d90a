using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>
/// The app on a free loopback port behind real Kestrel (a fresh SQLite database with the demo data), for what
/// the in-process test server does not do: request body limits, real sockets, a browser. One per test class.
/// </summary>
public class KestrelApp : AppFactory, IAsyncLifetime
{
    public string BaseUrl { get; private set; } = "";

    // Kestrel here speaks plain HTTP on loopback; outside Development the app's cookies are Secure-only
    // (as they must be behind TLS), so these tests run the app as a developer does.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        // Development seeds a year of decided proposals, about half a minute of printed PDFs per app: these tests need none.
        builder.UseSetting("Demo:DecidedProposals", "false");
    }

    public virtual Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return Task.CompletedTask;
    }

    /// <summary>A client over the socket that keeps cookies and does not follow redirects, like <see cref="AppFactory.CreateBrowser"/>.</summary>
    public HttpClient CreateSocketBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };

    Task IAsyncLifetime.DisposeAsync() => StopAsync();

    /// <summary>Stops the server; a subclass stops what it started first.</summary>
    protected virtual async Task StopAsync() => await DisposeAsync();
}
