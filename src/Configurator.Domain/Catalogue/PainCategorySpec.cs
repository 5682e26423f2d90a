namespace Configurator.Domain.Catalogue;

/// <summary>A pain category as the catalogue format describes it.</summary>
public sealed record PainCategorySpec(string Code, string Name, string Description);
