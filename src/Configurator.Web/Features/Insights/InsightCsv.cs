using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// An insight's table as a CSV file: the same rows and columns the page shows, numbers written invariantly
/// (a dot for decimals, no grouping), text that a spreadsheet would run as a formula escaped with an apostrophe.
/// </summary>
public static class InsightCsv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { Injection = CsvInjection.Escape, InjectionEscape = '\'' }, leaveOpen: true))
        {
            csv.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(row.ToArray());
            }
            csv.Flush();
        }
        return text.ToString();
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";

    /// <summary>The file, with a byte-order mark so that spreadsheets read Chinese text as UTF-8.</summary>
    public static FileContentResult File(string csv, string fileName) =>
        new(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv") { FileDownloadName = fileName };
}
