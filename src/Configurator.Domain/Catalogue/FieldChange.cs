namespace Configurator.Domain.Catalogue;

/// <summary>One field of an item that changed, with the values a person reads (before empty on creation).</summary>
public sealed record FieldChange(string Field, string Before, string After);
