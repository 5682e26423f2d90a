namespace Configurator.Domain.Catalogue;

/// <summary>A pain category's name and description in one language, as a catalogue file gives them; both optional.</summary>
public sealed record CatalogueFileCategoryTexts(string? Name, string? Description);
