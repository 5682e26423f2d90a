namespace Configurator.Web.Features.Brand;

/// <summary>What the brand page posts; the logo comes as a separate file field.</summary>
public sealed class BrandForm
{
    public string? Name { get; set; }

    public string? PrimaryColour { get; set; }

    public string? Address { get; set; }

    public string? LegalFooter { get; set; }

    /// <summary>The Chinese texts, side by side with the default ones on the page.</summary>
    public BrandTextsForm Chinese { get; set; } = new();

    public bool RemoveLogo { get; set; }

    public int Version { get; set; }
}
