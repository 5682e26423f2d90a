using System.Text.Json;
using System.Text.Json.Nodes;
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

        // People read and edit the exported file: Chinese words stay as they are instead of \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static readonly JsonNodeOptions _nodeOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly JsonDocumentOptions _documentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// The file, or the one issue that says why it could not be read (with the JSON path where known). An item
    /// the catalogue already holds (<paramref name="existing"/>) keeps every property the file leaves out; a
    /// property given as <c>null</c> is emptied (or set back to its default); an array given replaces the
    /// item's, except that prices are matched by currency, so a price that leaves out its unitCost keeps it.
    /// </summary>
    public static (CatalogueFile? File, CatalogueIssue? Problem) Read(string json, IReadOnlyDictionary<string, OfferItemSpec>? existing = null)
    {
        try
        {
            // Read as it is first: a wrong value is reported at its path and line, as the file has it.
            var result = JsonSerializer.Deserialize<CatalogueFile>(json, Options);
            if (result?.Items?.Any(i => i?.Code is { } code && existing?.ContainsKey(code.Trim()) == true) == true)
            {
                result = Merged(JsonNode.Parse(json, _nodeOptions, _documentOptions)!, existing!);
            }
            return result is null
                ? (null, new CatalogueIssue("body", "The file is empty; it should hold an object with categories and items."))
                : (result, null);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$').TrimStart('.');
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            return (null, new CatalogueIssue(path, $"This is not valid catalogue JSON{where}: a value is missing, misspelt or of the wrong type here. Numbers must not be in quotes."));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A property named twice in one object, or a value of an unexpected kind where an object or array belongs.
            return (null, new CatalogueIssue("body", $"This is not valid catalogue JSON: {e.Message}"));
        }
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The file with each item the catalogue holds laid over that item as it is.</summary>
    private static CatalogueFile? Merged(JsonNode root, IReadOnlyDictionary<string, OfferItemSpec> existing)
    {
        if (root is JsonObject file && file["items"] is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is JsonObject item && item["code"] is JsonValue code && code.TryGetValue<string>(out var text)
                    && existing.TryGetValue(text.Trim(), out var before))
                {
                    var merged = JsonSerializer.SerializeToNode(CatalogueFileWriter.ToFile(before), Options)!.AsObject();
                    Patch(merged, item);
                    items[i] = merged;
                }
            }
        }
        return root.Deserialize<CatalogueFile>(Options);
    }

    /// <summary>Lays what the file says over the item as it is (in the manner of a JSON merge patch, RFC 7396).</summary>
    private static void Patch(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            var key = target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;
            var current = target[key];
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject part && current is JsonObject currentPart)
            {
                Patch(currentPart, part);
            }
            else if (string.Equals(key, "prices", StringComparison.OrdinalIgnoreCase) && value is JsonArray prices && current is JsonArray before)
            {
                target[key] = PatchPrices(before, prices);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }

    /// <summary>The prices the file gives, each laid over the item's price in the same currency.</summary>
    private static JsonArray PatchPrices(JsonArray before, JsonArray prices)
    {
        var result = new JsonArray();
        foreach (var price in prices)
        {
            var old = price is JsonObject given && Currency(given) is { } currency
                ? before.OfType<JsonObject>().FirstOrDefault(p => string.Equals(Currency(p), currency, StringComparison.OrdinalIgnoreCase))
                : null;
            if (old is null)
            {
                result.Add(price?.DeepClone());
                continue;
            }
            var merged = old.DeepClone().AsObject();
            Patch(merged, (JsonObject)price!);
            result.Add(merged);
        }
        return result;
    }

    private static string? Currency(JsonObject price) =>
        price.FirstOrDefault(p => string.Equals(p.Key, "currency", StringComparison.OrdinalIgnoreCase)).Value is JsonValue value && value.TryGetValue<string>(out var text)
            ? text.Trim()
            : null;
}
