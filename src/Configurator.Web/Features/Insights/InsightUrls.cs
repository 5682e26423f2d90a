namespace Configurator.Web.Features.Insights;

/// <summary>Where each insight lives, for links from pages, homes and each other.</summary>
public static class InsightUrls
{
    public const string Index = "/insights";
    public const string Gaps = "/insights/gaps";
    public const string Heatmap = "/insights/heatmap";
    public const string Coverage = "/insights/coverage";
    public const string Outcomes = "/insights/outcomes";
    public const string Innovations = "/insights/innovations";
}
