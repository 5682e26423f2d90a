namespace Configurator.Web.Hosting;

/// <summary>
/// Security headers on every response, and <c>Cache-Control: no-store</c> on everything but static files. The CSP allows only the app's own scripts and styles: htmx is
/// loaded from /lib and the app never uses inline script, inline styles or eval.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// For a proposal document shown as it will print: its template carries its own inline styles, and
    /// nothing in it may run or load anything.
    /// </summary>
    public const string DocumentContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>
    /// For the client's page (/p/…), open to people outside the company: nothing but its own stylesheet and the
    /// signature canvas's script, forms only to itself, no referrer (the token is in its URL), not indexed.
    /// </summary>
    public const string PortalContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private const string PolicyKey = "content-security-policy";

    /// <summary>Gives this response the document policy instead of the app's.</summary>
    public static void UseDocumentPolicy(HttpContext context) => context.Items[PolicyKey] = true;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var document = context.Items.ContainsKey(PolicyKey);
            headers.ContentSecurityPolicy = document ? DocumentContentSecurityPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            // A document may be framed by the app's own preview page (in a sandboxed iframe); nothing else is.
            headers.XFrameOptions = document ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (Features.Portal.PortalRequests.IsPortal(context))
            {
                headers.ContentSecurityPolicy = PortalContentSecurityPolicy;
                headers["Referrer-Policy"] = "no-referrer";
                headers["X-Robots-Tag"] = "noindex, nofollow";
            }
            // Pages, API answers, PDFs and exports carry client data: no browser or proxy keeps a copy.
            // Static files set their own (see StaticFileCaching).
            if (!headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>The app's own static files (styles, scripts, fonts) may be cached, and are checked again before each use.</summary>
public static class StaticFileCaching
{
    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
    };
}
