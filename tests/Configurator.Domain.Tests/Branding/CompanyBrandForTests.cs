using Configurator.Domain.Branding;

namespace Configurator.Domain.Tests.Branding;

public sealed class CompanyBrandForTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static CompanyBrand Brand(IReadOnlyDictionary<string, BrandTexts>? translations) =>
        CompanyBrand.Create("Fjord Systems", "#0b6e4f", "9 Quay Road, Bergen", "Org. 123 456 789", "u1", _at, out _, translations);

    [Fact]
    public void ATranslatedLanguagePrintsItsTextsAndFallsBackFieldByField()
    {
        var brand = Brand(new Dictionary<string, BrandTexts> { ["zh-CN"] = new("峡湾系统", "", "组织编号 123 456 789") });

        Assert.Equal(new BrandTexts("峡湾系统", "9 Quay Road, Bergen", "组织编号 123 456 789"), brand.For("zh-CN"));
        Assert.Equal(new BrandTexts("Fjord Systems", "9 Quay Road, Bergen", "Org. 123 456 789"), brand.For("en"));
    }

    [Fact]
    public void AnEmptyTranslationIsNotKept()
    {
        var brand = Brand(new Dictionary<string, BrandTexts> { ["zh-CN"] = new("  ", "", "") });

        Assert.Empty(brand.Translations);
        Assert.Equal(BrandTexts.Empty, brand.TranslationFor("zh-CN"));
    }

    [Fact]
    public void ATooLongTranslationIsRefusedByItsLanguageAndNothingChanges()
    {
        var brand = Brand(new Dictionary<string, BrandTexts> { ["zh-CN"] = new("峡湾系统", "", "") });

        var errors = brand.Update("Renamed", "#0b6e4f", "", "", "u2", _at.AddHours(1),
            new Dictionary<string, BrandTexts> { ["zh-CN"] = new("", new string('地', CompanyBrand.MaxAddressLength + 1), "") });

        var problem = Assert.Single(errors);
        Assert.Equal("zh-CN.Address", problem.Key);
        Assert.Equal("Keep the address to 300 characters; it is 301.", problem.Value.ToString());
        Assert.Equal("Fjord Systems", brand.Name);
        Assert.Equal("峡湾系统", brand.For("zh-CN").Name);
    }

    [Fact]
    public void UpdatingWithoutTranslationsKeepsThem()
    {
        var brand = Brand(new Dictionary<string, BrandTexts> { ["zh-CN"] = new("峡湾系统", "", "") });

        brand.Update("Fjord Systems AS", "#0b6e4f", "", "", "u2", _at.AddHours(1));

        Assert.Equal("峡湾系统", brand.For("zh-CN").Name);
        Assert.Equal("Fjord Systems AS", brand.For("en").Name);
    }
}
