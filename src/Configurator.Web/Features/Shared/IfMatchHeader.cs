using System.Globalization;

namespace Configurator.Web.Features.Shared;

/// <summary>The version an API caller names in an If-Match header, for writes whose body does not name one.</summary>
public static class IfMatchHeader
{
    /// <summary>"4", W/"4" or 4 → 4; anything else → null.</summary>
    public static int? IfMatchVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }
        return int.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
