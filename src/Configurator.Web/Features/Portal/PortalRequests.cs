namespace Configurator.Web.Features.Portal;

/// <summary>
/// Keeps the client's page apart from the staff app: a request to /p/… reads no cookie (a colleague's session cookie
/// sent along changes nothing: it is dropped before authentication) and its answer sets none, whatever a later part
/// (an error page's antiforgery token) tries. Its answer carries the portal's own headers (<see cref="Hosting.SecurityHeaders"/>).
/// </summary>
public sealed class PortalRequests(RequestDelegate next)
{
    public const string Prefix = "/p";

    private const string Key = "portal-request";

    public static bool IsPortal(HttpContext context) => context.Items.ContainsKey(Key);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Prefix))
        {
            return next(context);
        }
        context.Items[Key] = true;
        context.Request.Headers.Remove("Cookie");
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Remove("Set-Cookie");
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>A path as it may be written down: the token in /p/{token}/… is replaced, so no log or error page holds a working link.</summary>
    public static string Redact(string? path)
    {
        if (path is null || !path.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            return path ?? "";
        }
        var rest = path.IndexOf('/', Prefix.Length + 1);
        return Prefix + "/[redacted]" + (rest < 0 ? "" : path[rest..]);
    }
}
