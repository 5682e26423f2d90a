using Microsoft.AspNetCore.Http.Extensions;

namespace Configurator.Web.Features.Insights;

/// <summary>Links that carry the current filters (and a view's own choices), for the CSV and for the records behind a figure.</summary>
public static class InsightLinks
{
    public static string With(string path, InsightQuery query, params (string Name, string? Value)[] more)
    {
        var builder = new QueryBuilder();
        foreach (var (name, value) in Parameters(query).Concat(more))
        {
            if (!string.IsNullOrEmpty(value))
            {
                builder.Add(name, value);
            }
        }
        return path + builder.ToQueryString();
    }

    private static IEnumerable<(string, string?)> Parameters(InsightQuery query) =>
    [
        ("period", query.Period), ("from", query.From), ("to", query.To), ("owner", query.Owner), ("industry", query.Industry), ("region", query.Region),
    ];
}
