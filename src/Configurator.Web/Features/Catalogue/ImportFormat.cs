namespace Configurator.Web.Features.Catalogue;

/// <summary>Which of the two catalogue formats an upload is in: by its file name, else by its first character.</summary>
public static class ImportFormat
{
    public const string Json = "json";
    public const string Csv = "csv";

    public static string Of(string? fileName, string text)
    {
        if (fileName is not null)
        {
            if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                return Csv;
            }
            if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }
        return text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{') ? Json : Csv;
    }
}
