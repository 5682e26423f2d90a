namespace Configurator.Web.Hosting;

/// <summary>The few htmx request and response headers the app reads and writes.</summary>
public static class Htmx
{
    public static bool IsHtmx(this HttpRequest request) =>
        request.Headers.TryGetValue("HX-Request", out var value) && value == "true";

    /// <summary>Marks a response that differs for htmx and full-page requests, so caches keep both.</summary>
    public static void VaryOnHtmx(this HttpResponse response) => response.Headers.Append("Vary", "HX-Request");
}
