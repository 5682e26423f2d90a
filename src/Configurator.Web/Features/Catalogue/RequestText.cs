using System.Text;

namespace Configurator.Web.Features.Catalogue;

/// <summary>Reads a request or upload as text, refusing more than a limit instead of buffering it all.</summary>
public static class RequestText
{
    /// <summary>The text, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
