namespace Configurator.Domain.Branding;

/// <summary>What a document prints of the brand as text, in one language: the company name, its address and the legal footer.</summary>
public sealed record BrandTexts(string Name, string Address, string LegalFooter)
{
    public static readonly BrandTexts Empty = new("", "", "");

    public bool IsEmpty => Name.Length == 0 && Address.Length == 0 && LegalFooter.Length == 0;
}
