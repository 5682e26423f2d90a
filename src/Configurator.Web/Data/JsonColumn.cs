using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

/// <summary>
/// Stores a list of small value records as one JSON text column. Unlike owned entities, the records
/// are not tracked one by one, which keeps an import of thousands of items fast.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.General);

    /// <summary>The text stored for a list; writers that bypass EF use it so the column reads back the same.</summary>
    public static string Serialize<T>(IReadOnlyList<T> list) => JsonSerializer.Serialize(list, _options);

    public static PropertyBuilder<IReadOnlyList<T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            list => Serialize(list),
            json => (IReadOnlyList<T>)(JsonSerializer.Deserialize<List<T>>(json, _options) ?? new List<T>()),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value == null ? 0 : value.GetHashCode())),
                list => (IReadOnlyList<T>)list.ToList()));

    /// <summary>Texts keyed by language, as one JSON object (<c>{}</c> when there are none).</summary>
    public static PropertyBuilder<IReadOnlyDictionary<string, T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyDictionary<string, T>> property) =>
        property.HasConversion(
            map => JsonSerializer.Serialize(map, _options),
            json => (IReadOnlyDictionary<string, T>)(JsonSerializer.Deserialize<Dictionary<string, T>>(json, _options) ?? new Dictionary<string, T>()),
            new ValueComparer<IReadOnlyDictionary<string, T>>(
                (a, b) => Domain.Catalogue.Translations.SameAs(a!, b!),
                map => map.Count,
                map => (IReadOnlyDictionary<string, T>)map.ToDictionary(p => p.Key, p => p.Value)));
}
