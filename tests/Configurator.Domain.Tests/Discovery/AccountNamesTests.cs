using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class AccountNamesTests
{
    [Theory]
    [InlineData("Nordby Foods GmbH", "nordby foods")]
    [InlineData("NORDBY-FOODS AG", "Nordby Foods")]
    [InlineData("Nordby Foods, Ltd.", "Nordby  Foods")]
    [InlineData("Nordby Foods Inc", "Nordby Foods LLC")]
    [InlineData("Nordby Foods S.A.", "Nordby Foods")]
    [InlineData("Nordby Foods S. A.", "Nordby Foods")]
    [InlineData("Nordby Foods GmbH & Co. KG", "Nordby Foods")]
    [InlineData("上海华通食品有限公司", "上海华通食品")]
    [InlineData("上海华通食品股份有限公司", "上海华通食品有限公司")]
    [InlineData("Détails Logistique", "Details Logistique")]
    public void AreAlikeIgnoresCasePunctuationSpacingAndLegalForms(string a, string b) => Assert.True(AccountNames.AreAlike(a, b));

    [Fact]
    public void AreAlikeForgivesOneSlipInALongerName()
    {
        Assert.True(AccountNames.AreAlike("Halvorsen Pharma", "Halvorson Pharma"));
        Assert.True(AccountNames.AreAlike("Halvorsen Pharma", "Halvorsen Pharmas"));
        Assert.True(AccountNames.AreAlike("Halvorsen Pharma", "Halvorsn Pharma"));
    }

    [Theory]
    [InlineData("Nordby Foods", "Nordby Dairy")]
    [InlineData("Acme", "Acne")]
    [InlineData("Halvorsen Pharma", "Halvorsen Health")]
    [InlineData("上海华通食品有限公司", "苏州华通食品有限公司")]
    [InlineData("Lisa", "Li")]
    public void AreAlikeKeepsDifferentCompaniesApart(string a, string b) => Assert.False(AccountNames.AreAlike(a, b));

    [Fact]
    public void KeyOfANameThatIsOnlyALegalFormIsTheFormItself()
    {
        Assert.Equal("gmbh", AccountNames.Key("GmbH"));
        Assert.Equal("有限公司", AccountNames.Key("有限公司"));
        Assert.False(AccountNames.AreAlike("", ""));
    }
}
