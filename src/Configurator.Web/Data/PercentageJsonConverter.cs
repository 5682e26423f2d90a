using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Domain.Catalogue;

namespace Configurator.Web.Data;

/// <summary>Writes a percentage as its plain number (15 for 15%), as item snapshots stored it before it was a type.</summary>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Percentage.TryFrom(reader.GetDecimal(), out var percentage)
            ? percentage
            : throw new JsonException($"{reader.GetDecimal()} is not a percentage from {Percentage.MinValue} to {Percentage.MaxValue}.");

    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}
