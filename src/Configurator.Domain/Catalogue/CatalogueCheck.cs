namespace Configurator.Domain.Catalogue;

/// <summary>The outcome of validating catalogue input: the specs it describes, or every issue found.</summary>
public sealed record CatalogueCheck(IReadOnlyList<CatalogueIssue> Issues, IReadOnlyList<OfferItemSpec> Items, IReadOnlyList<PainCategorySpec> Categories)
{
    public bool IsValid => Issues.Count == 0;
}
