namespace Configurator.Domain.Catalogue;

/// <summary>A problem in catalogue input, at the JSON path of the value to correct (e.g. items[3].pricing.prices[0].currency).</summary>
public sealed record CatalogueIssue(string Path, string Message);
