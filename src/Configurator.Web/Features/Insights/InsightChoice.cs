namespace Configurator.Web.Features.Insights;

/// <summary>One of a view's own choices shown in the filter bar: a select named <see cref="Name"/>, its options already in the reader's words.</summary>
public sealed record InsightChoice(string Name, string Label, IReadOnlyList<(string Value, string Label)> Options, string Selected)
{
    public string Id => $"insight-{Name}";
}
