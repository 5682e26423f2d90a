using System.Text.Json;

namespace Configurator.Web.Demo;

/// <summary>
/// The demo company's offer catalogue, shipped inside the app in the catalogue import format
/// (see the API contract). The catalogue issue imports it on first start; until then the book of
/// business generator takes its pain categories from it.
/// </summary>
public static class DemoCatalogue
{
    private const string ResourceName = "Configurator.Web.Demo.demo-catalogue.json";

    public static string Json()
    {
        using var stream = typeof(DemoCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<string> CategoryCodes()
    {
        using var document = JsonDocument.Parse(Json());
        return document.RootElement.GetProperty("categories").EnumerateArray()
            .Select(c => c.GetProperty("code").GetString()!)
            .ToList();
    }
}
