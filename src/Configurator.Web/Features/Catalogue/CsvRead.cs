using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>A CSV read into the catalogue format, with the rows each item and price came from.</summary>
public sealed record CsvRead(CatalogueFile? File, IReadOnlyList<CatalogueIssue> Issues, IReadOnlyList<(int Row, IReadOnlyList<int> PriceRows)> Rows);
