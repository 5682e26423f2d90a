using System.Text.Json;
using System.Text.Json.Serialization;

namespace Configurator.Web.Hosting;

/// <summary>
/// Every text the API reads is plain text: control characters (a NUL byte, a bell …) are refused at their
/// JSON path instead of being stored and printed; tabs and line breaks stay, multi-line notes need them.
/// The rule is <see cref="PlainText"/>, which page forms follow too (<see cref="PlainTextModelBinder"/>).
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
        if (PlainText.ForbiddenCharacter(text) is { } forbidden)
        {
            throw new JsonException(PlainText.Refusal(forbidden));
        }
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
