namespace Configurator.Web.Features.ClientLinks;

/// <summary>
/// Where the client reaches the app: <c>Portal:PublicBaseUrl</c> when set (behind a proxy, the address
/// clients know), else the scheme and host of the request that sends the links.
/// </summary>
public static class PublicBaseUrl
{
    public const string Setting = "Portal:PublicBaseUrl";

    public static string Of(HttpRequest request, IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');

    public static string LinkFor(string baseUrl, string token) => $"{baseUrl}/p/{token}";
}
