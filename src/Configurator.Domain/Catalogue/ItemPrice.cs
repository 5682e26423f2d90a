namespace Configurator.Domain.Catalogue;

/// <summary>An item's list price in one currency, and what one unit costs us (for margin), when known.</summary>
public sealed record ItemPrice(string Currency, decimal ListPrice, decimal? UnitCost);
