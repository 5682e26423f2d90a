namespace Configurator.Domain.Catalogue;

/// <summary>An item's lifecycle: only active items go into new configurations; retired ones stay readable.</summary>
public enum ItemStatus
{
    Draft,
    Active,
    Retired,
}
