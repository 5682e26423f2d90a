using System.Globalization;
using System.Net;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Hosting;

/// <summary>
/// Outside Development the app's cookies are Secure-only, so a page could not even carry its form's antiforgery
/// cookie over plain HTTP. A plain-HTTP GET or HEAD is sent to the same address over HTTPS (the host is one
/// AllowedHosts lists: host filtering ran before). What came through a proxy the app does not trust (forwarded
/// headers it did not take), and other methods, get a short page that says what to do instead. <c>/healthz</c>
/// and <c>/readyz</c> stay reachable over plain HTTP for load balancers' probes.
/// </summary>
public sealed class PlainHttpRequests(RequestDelegate next, IConfiguration configuration, IStringLocalizer<Text> T, ILogger<PlainHttpRequests> logger)
{
    private readonly int? _httpsPort = configuration.GetValue<int?>("https_port");

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/healthz") || request.Path.StartsWithSegments("/readyz"))
        {
            await next(context);
            return;
        }
        var untrustedProxy = request.Headers.ContainsKey("X-Forwarded-Proto") || request.Headers.ContainsKey("X-Forwarded-For");
        if (!untrustedProxy && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            var host = _httpsPort is null or 443 ? new HostString(request.Host.Host) : new HostString(request.Host.Host, _httpsPort.Value);
            context.Response.Redirect($"https://{host}{request.PathBase}{request.Path}{request.QueryString}", permanent: false, preserveMethod: true);
            return;
        }
        if (untrustedProxy)
        {
            logger.LogWarning("Forwarded headers from {Address}, which is not in ForwardedHeaders:KnownProxies or KnownNetworks: refused", context.Connection.RemoteIpAddress);
        }
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Languages.Normalize(request.Headers.AcceptLanguage.ToString().Split(',')[0].Split(';')[0]) ?? Languages.English);
        try
        {
            var title = T["This address needs HTTPS"];
            var advice = untrustedProxy
                ? T["The request came through a proxy the app does not trust. The administrator adds the proxy's address to ForwardedHeaders:KnownProxies (or its range to ForwardedHeaders:KnownNetworks) and has it send X-Forwarded-Proto."]
                : T["Open the address with https:// instead of http://."];
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            var language = WebUtility.HtmlEncode(CultureInfo.CurrentUICulture.Name);
            await context.Response.WriteAsync(
                $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>" +
                $"<body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(advice)}</p></body></html>", context.RequestAborted);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
