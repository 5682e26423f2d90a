namespace Configurator.Domain.Catalogue;

/// <summary>An item's words in one language, as a catalogue file gives them; every field is optional.</summary>
public sealed record CatalogueFileItemTexts(string? Name, string? Summary, string? ProposalText, string? Unit, IReadOnlyList<string?>? Differentiators);
