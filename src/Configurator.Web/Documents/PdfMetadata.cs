using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Configurator.Web.Documents;

/// <summary>The document information a PDF carries (Chromium writes only the title).</summary>
/// <param name="Language">A BCP 47 tag (en, zh-CN): the catalog's /Lang, which readers use to pick voices and fonts.</param>
public sealed record PdfInfo(string Title, string Author, string Subject, string Language, DateTimeOffset Created);

/// <summary>
/// Writes <see cref="PdfInfo"/> into a PDF as an incremental update: a new information dictionary, the
/// catalog again with the language, an xref section for both and a trailer pointing at them. The bytes
/// Chromium wrote stay as they are.
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
        var update = new StringBuilder();
        update.Append('\n');
        var rootNumber = root.Groups[1].Value;
        var catalogOffset = -1;
        if (Catalog(pdf, rootNumber) is { } catalog && !catalog.Contains("/Lang", StringComparison.Ordinal) && IsLanguageTag(info.Language))
        {
            catalogOffset = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{rootNumber} obj\n<</Lang ({info.Language}){catalog[2..]}\nendobj\n");
        }
        var objectOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n<</Title {Text(info.Title)}\n/Author {Text(info.Author)}\n/Subject {Text(info.Subject)}\n");
        update.Append(CultureInfo.InvariantCulture, $"/Creator (Configurator)\n/Producer (Chromium via Configurator)\n/CreationDate (D:{date}Z)\n/ModDate (D:{date}Z)>>\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append("xref\n");
        if (catalogOffset >= 0)
        {
            update.Append(CultureInfo.InvariantCulture, $"{rootNumber.Split(' ')[0]} 1\n{catalogOffset:D10} {int.Parse(rootNumber.Split(' ')[1], CultureInfo.InvariantCulture):D5} n \n");
        }
        update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{objectOffset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {number + 1}\n/Root {rootNumber} R\n/Info {number} 0 R\n/Prev {previous}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        var bytes = Encoding.ASCII.GetBytes(update.ToString());
        var result = new byte[pdf.Length + bytes.Length];
        pdf.CopyTo(result, 0);
        bytes.CopyTo(result, pdf.Length);
        return result;
    }

    // The catalog's dictionary as Chromium wrote it ("<<…>>"), or null when it is not a plain object.
    private static string? Catalog(byte[] pdf, string rootNumber)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf("\n" + rootNumber + " obj", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("endobj", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        var body = text[(start + rootNumber.Length + 5)..end].Trim();
        return body.StartsWith("<<", StringComparison.Ordinal) && body.EndsWith(">>", StringComparison.Ordinal) && body.Contains("/Catalog", StringComparison.Ordinal)
            ? body
            : null;
    }

    private static bool IsLanguageTag(string language) => LanguageTag().IsMatch(language);

    // ASCII as a literal string; anything else as UTF-16BE with a byte-order mark, which every reader decodes.
    private static string Text(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";
        }
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex TrailerSize();

    [GeneratedRegex(@"/Root (\d+ \d+) R")]
    private static partial Regex TrailerRoot();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
