using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Configurator.Web.Hosting;

/// <summary>
/// Running behind a TLS-terminating proxy. <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only
/// from the proxies in <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c>
/// (CIDR ranges), so the client's address (rate limits, logs) and the scheme (Secure cookies, HSTS) are the real
/// ones and nobody else can claim them. Outside Development, <c>AllowedHosts</c> must name the app's host names:
/// the Host header goes into redirects, so an unlisted host is refused (with <c>*</c>, Production does not start).
/// </summary>
public static class ProxySetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddConfiguratorProxy(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var proxies = List(configuration.GetSection(Section).GetSection("KnownProxies"))
            .Select(text => IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies has '{text}'; it takes IP addresses of your proxies, such as 10.0.0.5."))
            .ToList();
        var networks = List(configuration.GetSection(Section).GetSection("KnownNetworks"))
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network)
                ? network
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks has '{text}'; it takes address ranges in CIDR form, such as 10.0.0.0/8."))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With both lists empty the middleware would believe anyone: no proxy configured means no forwarded headers.
            options.ForwardedHeaders = proxies.Count + networks.Count > 0 ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            // Only what is configured: not even loopback is trusted by default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // Walk back through a chain of known proxies; the first unknown address is the client.
            options.ForwardLimit = null;
        });

        var hosts = List(configuration.GetSection("AllowedHosts"));
        if (!environment.IsDevelopment() && (hosts.Count == 0 || hosts.Contains("*")))
        {
            const string problem = "AllowedHosts is '*', so any Host header is accepted and goes into redirects. Set AllowedHosts to the host names people use, separated by semicolons (e.g. configurator.example.com).";
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(problem);
            }
            StartupWarnings.In(services).Add(problem);
        }
        return services;
    }

    /// <summary>The forwarded headers first, so everything after sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseConfiguratorProxy(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>A list given as array entries (<c>Key:0</c>, <c>Key:1</c>) or in one value separated by semicolons or commas (handy in environment variables).</summary>
    private static List<string> List(IConfigurationSection section)
    {
        // An array can also show up with an empty value of its own (as command-line arguments carry it).
        var values = section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }
}
