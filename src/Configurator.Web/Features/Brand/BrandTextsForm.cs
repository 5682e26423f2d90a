namespace Configurator.Web.Features.Brand;

/// <summary>The brand's texts in one more language, as the brand page posts them (empty prints the default text).</summary>
public sealed class BrandTextsForm
{
    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? LegalFooter { get; set; }
}
