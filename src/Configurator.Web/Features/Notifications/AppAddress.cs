namespace Configurator.Web.Features.Notifications;

/// <summary>
/// The app's address as the current request reached it (after the proxy's forwarded headers), for links in
/// e-mails. Outside a request the link stays relative.
/// </summary>
public sealed class AppAddress(IHttpContextAccessor http)
{
    public string Absolute(string path)
    {
        var request = http.HttpContext?.Request;
        return request is null || !request.Host.HasValue ? path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}
