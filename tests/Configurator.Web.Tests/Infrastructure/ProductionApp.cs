using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>
/// The app as Production runs it, behind a TLS-terminating proxy at <see cref="Proxy"/> (and any address in
/// <see cref="ProxyNetwork"/>), answering for <see cref="Host"/>. The in-process server has no socket, so a request
/// names the address it comes from in <see cref="PeerHeader"/>, as the connection would.
/// </summary>
public class ProductionApp : AppFactory
{
    public const string Host = "configurator.example.com";
    public const string Proxy = "10.0.0.5";
    public const string ProxyNetwork = "10.1.0.0/16";
    public const string PeerHeader = "X-Test-Peer";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AllowedHosts"] = $"{Host};localhost",
        ["ForwardedHeaders:KnownProxies"] = Proxy,
        ["ForwardedHeaders:KnownNetworks:0"] = ProxyNetwork,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerFromHeader>());
    }

    /// <summary>
    /// A browser at <paramref name="peer"/> on plain HTTP to <see cref="Host"/>, with these forwarded headers on every request.
    /// It keeps cookies itself, Secure ones included: behind the proxy the browser's side of the connection is HTTPS.
    /// </summary>
    public HttpClient Browser(string peer, params (string Name, string Value)[] forwarded) => Create("http", peer, forwarded);

    /// <summary>The same, with the connection itself over HTTPS, as when someone reaches the app directly.</summary>
    public HttpClient HttpsBrowser(string peer, params (string Name, string Value)[] forwarded) => Create("https", peer, forwarded);

    private HttpClient Create(string scheme, string peer, (string Name, string Value)[] forwarded)
    {
        var client = CreateDefaultClient(new Uri($"{scheme}://{Host}"), new CookieJar());
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        foreach (var (name, value) in forwarded)
        {
            client.DefaultRequestHeaders.Add(name, value);
        }
        return client;
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader], out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Sends back every cookie it was given, and follows no redirects.</summary>
    private sealed class CookieJar : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0].Split('=', 2);
                _cookies[pair[0].Trim()] = pair[1];
            }
            return response;
        }
    }
}
