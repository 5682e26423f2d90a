namespace Configurator.Domain.Catalogue;

/// <summary>Lengths and ranges the pages, the import, the API and the database share.</summary>
public static class CatalogueLimits
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 120;
    public const int SummaryMaxLength = 600;
    public const int ProposalTextMaxLength = 20_000;
    public const int UnitMaxLength = 30;
    public const int DifferentiatorMaxLength = 300;

    /// <summary>Differentiators of one item, per language: the few reasons it wins, printed as a list in the document.</summary>
    public const int MaxDifferentiators = 10;
    public const int CategoryNameMaxLength = 80;
    public const int CategoryDescriptionMaxLength = 600;
    public const int MaxQuantity = 1_000_000;
    public const decimal MaxAmount = 1_000_000_000m;
}
