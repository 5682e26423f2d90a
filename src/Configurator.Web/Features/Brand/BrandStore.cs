using Configurator.Domain.Branding;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Brand;

/// <summary>The company brand as documents carry it; an installation nobody has branded prints as "Your company".</summary>
public static class BrandStore
{
    public static async Task<CompanyBrand> GetAsync(ConfiguratorDbContext db, CancellationToken cancellationToken) =>
        await db.Brand.AsNoTracking().FirstOrDefaultAsync(b => b.Id == CompanyBrand.SingletonId, cancellationToken) ?? CompanyBrand.Unbranded();

    public static async Task<DocumentBrand> DocumentBrandAsync(ConfiguratorDbContext db, CancellationToken cancellationToken) =>
        ForDocuments(await GetAsync(db, cancellationToken));

    /// <summary>The brand for documents in any language; <see cref="DocumentBrand.For"/> picks a document's texts.</summary>
    public static DocumentBrand ForDocuments(CompanyBrand brand) =>
        new(brand.Name, brand.LogoDataUrl(), brand.PrimaryColour, brand.Address, brand.LegalFooter)
        {
            ByLanguage = Languages.All.ToDictionary(language => language, brand.For, StringComparer.Ordinal),
        };

    /// <summary>The demo company's brand, with a small SVG logo.</summary>
    public static CompanyBrand Demo(DateTimeOffset at)
    {
        var brand = CompanyBrand.Create("Configurator Demo Co.", "#1f5f8b", "Harbour Street 12, 0150 Oslo, Norway",
            "Configurator Demo Co. · Org. no. 999 999 999 · Prices exclude VAT · Terms at demo.example/terms", "", at, out _,
            new Dictionary<string, BrandTexts>
            {
                [Languages.Chinese] = new("Configurator 演示公司", "挪威奥斯陆 Harbour Street 12 号，邮编 0150",
                    "Configurator 演示公司 · 组织编号 999 999 999 · 价格不含增值税 · 条款见 demo.example/terms"),
            });
        brand.SetLogo(System.Text.Encoding.UTF8.GetBytes(DemoLogo), "", at);
        return brand;
    }

    private const string DemoLogo =
        """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><rect width="64" height="64" rx="14" fill="#1f5f8b"/><path d="M43 21.5a14 14 0 1 0 0 21" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round"/><circle cx="45" cy="32" r="4.5" fill="#7cc4e8"/></svg>""";
}
