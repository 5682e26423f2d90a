using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Domain;

namespace Configurator.Web.Hosting;

/// <summary>Enumerations in API JSON as <see cref="ContractCode"/> words, the same the domain and the pages use.</summary>
public sealed class ContractCodeJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && ContractCode.TryParse<T>(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"Use one of {ContractCode.All<T>()}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(ContractCode.Of(value));
    }
}
