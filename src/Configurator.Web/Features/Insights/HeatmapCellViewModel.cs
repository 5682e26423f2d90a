namespace Configurator.Web.Features.Insights;

/// <summary>The pain points behind one heatmap cell, as a panel beside the heatmap or a page of its own.</summary>
public sealed record HeatmapCellViewModel(string Category, string CategoryName, HeatmapAxis Axis, string Column, IReadOnlyList<HeatmapPain> Pains, int Total, string BackUrl);
