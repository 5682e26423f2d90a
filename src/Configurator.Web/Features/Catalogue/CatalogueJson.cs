using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>Reads and writes the catalogue file format (camelCase JSON, money as JSON numbers read as decimal).</summary>
public static class CatalogueJson
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The file, or the one issue that says why it could not be read (with the JSON path where known).</summary>
    public static (CatalogueFile? File, CatalogueIssue? Problem) Read(string json)
    {
        try
        {
            var file = JsonSerializer.Deserialize<CatalogueFile>(json, Options);
            return file is null
                ? (null, new CatalogueIssue("body", "The file is empty; it should hold an object with categories and items."))
                : (file, null);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$').TrimStart('.');
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            return (null, new CatalogueIssue(path, $"This is not valid catalogue JSON{where}: a value is missing, misspelt or of the wrong type here. Numbers must not be in quotes."));
        }
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
