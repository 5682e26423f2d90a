using Configurator.Web.Features.ClientLinks;

namespace Configurator.Web.Features.Notifications;

/// <summary>
/// The app's address for links in e-mails: the one rule of <see cref="PublicBaseUrl"/> (the configured public
/// address, else the current request's). Outside a request, without a configured address, the link stays relative.
/// </summary>
public sealed class AppAddress(IHttpContextAccessor http, IConfiguration configuration)
{
    public string Absolute(string path)
    {
        var request = http.HttpContext?.Request;
        if (configuration[PublicBaseUrl.Setting] is not { Length: > 0 } && (request is null || !request.Host.HasValue))
        {
            return path;
        }
        return request is null ? $"{configuration[PublicBaseUrl.Setting]!.TrimEnd('/')}{path}" : $"{PublicBaseUrl.Of(request, configuration)}{path}";
    }
}
