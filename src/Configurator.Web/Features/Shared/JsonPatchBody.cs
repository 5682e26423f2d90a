using System.Text.Json;

namespace Configurator.Web.Features.Shared;

/// <summary>
/// A PATCH body read field by field: a field that is present replaces the saved value (null clears
/// it), a field that is absent keeps it. A value of the wrong type, or a field that cannot be changed
/// here, is an error at its JSON path, so the caller learns everything wrong at once.
/// </summary>
public sealed class JsonPatchBody
{
    private readonly Dictionary<string, JsonElement> _fields;
    private readonly JsonSerializerOptions _options;

    private JsonPatchBody(Dictionary<string, JsonElement> fields, JsonSerializerOptions options)
    {
        _fields = fields;
        _options = options;
    }

    public List<FieldError> Errors { get; } = [];

    /// <summary>The body's fields, or null (with an error under <c>body</c>) when it is not a JSON object or names a field not in <paramref name="allowed"/>.</summary>
    public static JsonPatchBody Read(JsonElement body, JsonSerializerOptions options, IReadOnlyList<string> allowed)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            var empty = new JsonPatchBody([], options);
            empty.Errors.Add(new("body", $"The body is a JSON object with any of the fields {string.Join(", ", allowed)}."));
            return empty;
        }
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        var patch = new JsonPatchBody(fields, options);
        foreach (var property in body.EnumerateObject())
        {
            if (allowed.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                fields[property.Name] = property.Value;
            }
            else
            {
                patch.Errors.Add(new(property.Name, $"'{property.Name}' cannot be changed here; the fields are {string.Join(", ", allowed)}."));
            }
        }
        return patch;
    }

    /// <summary>The field's value when present (null clears), else <paramref name="saved"/>.</summary>
    public T? Get<T>(string field, T? saved)
    {
        if (!_fields.TryGetValue(field, out var value))
        {
            return saved;
        }
        try
        {
            return value.Deserialize<T>(_options);
        }
        catch (JsonException)
        {
            Errors.Add(new(field, $"{field} has a value of the wrong type: {value.GetRawText()}."));
            return saved;
        }
    }
}
