using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Configurator.Web.Documents;

/// <summary>The document information a PDF carries (Chromium writes only the title and, from the HTML, the language).</summary>
public sealed record PdfInfo(string Title, string Author, string Subject, DateTimeOffset Created);

/// <summary>
/// Writes <see cref="PdfInfo"/> into a PDF as an incremental update: a new information dictionary,
/// an xref section for it and a trailer pointing at it. The bytes Chromium wrote stay as they are.
/// </summary>
public static partial class PdfMetadata
{
    public static byte[] Apply(byte[] pdf, PdfInfo info)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var size = TrailerSize().Match(tail);
        var root = TrailerRoot().Match(tail);
        var startXref = StartXref().Matches(tail);
        if (!size.Success || !root.Success || startXref.Count == 0)
        {
            // Not the classic trailer this update extends (a future Chromium may write xref streams):
            // keep the PDF as printed rather than risk breaking it.
            return pdf;
        }
        var number = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var previous = startXref[^1].Groups[1].Value;
        var date = info.Created.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var objectOffset = pdf.Length + 1;
        var update = new StringBuilder();
        update.Append('\n');
        update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n<</Title {Text(info.Title)}\n/Author {Text(info.Author)}\n/Subject {Text(info.Subject)}\n");
        update.Append(CultureInfo.InvariantCulture, $"/Creator (Configurator)\n/Producer (Chromium via Configurator)\n/CreationDate (D:{date}Z)\n/ModDate (D:{date}Z)>>\nendobj\n");
        var xrefOffset = objectOffset + update.Length - 1;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{number} 1\n{objectOffset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {number + 1}\n/Root {root.Groups[1].Value} R\n/Info {number} 0 R\n/Prev {previous}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        var bytes = Encoding.ASCII.GetBytes(update.ToString());
        var result = new byte[pdf.Length + bytes.Length];
        pdf.CopyTo(result, 0);
        bytes.CopyTo(result, pdf.Length);
        return result;
    }

    // ASCII as a literal string; anything else as UTF-16BE with a byte-order mark, which every reader decodes.
    private static string Text(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";
        }
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex TrailerSize();

    [GeneratedRegex(@"/Root (\d+ \d+) R")]
    private static partial Regex TrailerRoot();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
