using System.Text.Json;
using System.Text.Json.Serialization;

namespace Configurator.Web.Hosting;

/// <summary>
/// Every text the API reads is plain text: control characters (a NUL byte, a bell …) are refused at their
/// JSON path instead of being stored and printed; tabs and line breaks stay, multi-line notes need them.
/// </summary>
public sealed class PlainTextJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Give text here, in quotes.");
        }
        var text = reader.GetString()!;
        foreach (var character in text)
        {
            if (char.IsControl(character) && character is not ('\t' or '\n' or '\r'))
            {
                throw new JsonException($"Remove the control character U+{(int)character:X4}; text may hold letters, digits, punctuation, tabs and line breaks.");
            }
        }
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
