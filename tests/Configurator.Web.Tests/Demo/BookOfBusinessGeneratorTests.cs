using System.Text.Json;
using Configurator.Web.Demo;

namespace Configurator.Web.Tests.Demo;

public sealed class BookOfBusinessGeneratorTests
{
    private static readonly DateOnly _reference = new(2026, 11, 1);
    private static readonly string[] _owners = ["rep@demo.local", "presales@demo.local"];

    private static BookOfBusiness Generate(int seed, int accounts = 30) =>
        new BookOfBusinessGenerator(seed, _reference, _owners).Generate(accounts);

    [Fact]
    public void SameSeedGivesTheSameBook()
    {
        Assert.Equal(JsonSerializer.Serialize(Generate(2026)), JsonSerializer.Serialize(Generate(2026)));
    }

    [Fact]
    public void AnotherSeedGivesAnotherBook()
    {
        Assert.NotEqual(JsonSerializer.Serialize(Generate(2026)), JsonSerializer.Serialize(Generate(7)));
    }

    [Fact]
    public void HasTheShapeOfTheDemoBook()
    {
        var book = Generate(2026);

        Assert.Equal(30, book.Accounts.Count);
        Assert.InRange(book.OpportunityCount, 45, 75);
        Assert.All(book.Accounts.SelectMany(a => a.Opportunities), opportunity =>
        {
            Assert.InRange(opportunity.PainPoints.Count, 4, 8);
            Assert.InRange(opportunity.Stakeholders.Count, 2, 6);
            Assert.Equal(opportunity.Stakeholders.Count, opportunity.Stakeholders.Select(s => s.Key).Distinct().Count());
            Assert.All(opportunity.PainPoints, pain =>
            {
                Assert.InRange(pain.Severity, 1, 5);
                Assert.True(pain.AnnualImpact is null or > 0);
                Assert.True(pain.RaisedBy is null || opportunity.Stakeholders.Any(s => s.Key == pain.RaisedBy));
            });
            // Open deals close ahead and have a next step; won and lost ones closed before the reference day and have none.
            var closed = opportunity.Stage is "won" or "lost";
            Assert.Equal(closed, opportunity.ExpectedClose < _reference);
            Assert.Equal(closed, opportunity.NextStep.Length == 0);
            Assert.Equal(closed, opportunity.NextStepDue is null);
        });
    }

    [Fact]
    public void ChineseOwnersGetTheAccountsInGreaterChinaAndTheOthersTheRest()
    {
        var book = new BookOfBusinessGenerator(2026, _reference, _owners, ["wang.lei@demo.local"]).Generate(30);

        Assert.Contains(book.Accounts, a => a.Region == "Greater China");
        Assert.All(book.Accounts, a =>
        {
            Assert.Equal(a.Region == "Greater China", a.OwnerEmail == "wang.lei@demo.local");
            Assert.All(a.Opportunities, o => Assert.Equal(a.OwnerEmail, o.OwnerEmail));
        });
    }

    [Fact]
    public void WithoutChineseOwnersTheOthersOwnEveryAccount()
    {
        Assert.All(Generate(2026).Accounts, a => Assert.Contains(a.OwnerEmail, _owners));
        Assert.All(new BookOfBusinessGenerator(2026, _reference, _owners, []).Generate(30).Accounts, a => Assert.Contains(a.OwnerEmail, _owners));
    }

    [Fact]
    public void AtLeastOneOwnerIsNeeded()
    {
        Assert.Throws<ArgumentException>(() => new BookOfBusinessGenerator(2026, _reference, [], ["wang.lei@demo.local"]));
    }

    [Fact]
    public void PainPointsReadLikeClientsNotPlaceholders()
    {
        var pains = Generate(2026).Accounts.SelectMany(a => a.Opportunities).SelectMany(o => o.PainPoints).ToList();

        Assert.All(pains, pain =>
        {
            Assert.DoesNotContain("{n}", pain.ClientWords);
            Assert.DoesNotContain("lorem", pain.ClientWords, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(PainTemplate.Amount, pain.ClientWords);
            Assert.Contains(pain.Title, PainTemplates.ByCategory[pain.Category].Concat(PainTemplatesChinese.ByCategory[pain.Category]).Select(t => t.Title));
        });
    }

    [Fact]
    public void PhraseBanksCoverExactlyTheDemoCatalogueCategories()
    {
        Assert.Equal(DemoCatalogue.CategoryCodes().Order(), PainTemplates.ByCategory.Keys.Order());
        Assert.Equal(DemoCatalogue.CategoryCodes().Order(), PainTemplatesChinese.ByCategory.Keys.Order());
    }

    [Fact]
    public void AccountsInGreaterChinaAreInChineseAndInYuan()
    {
        var chinese = Generate(2026).Accounts.Where(a => a.Region == "Greater China").ToList();

        Assert.NotEmpty(chinese);
        Assert.All(chinese, account =>
        {
            Assert.EndsWith("有限公司", account.Name);
            Assert.All(account.Opportunities, o =>
            {
                Assert.Equal("CNY", o.Currency);
                Assert.All(o.PainPoints, p => Assert.Contains(p.Title, PainTemplatesChinese.ByCategory[p.Category].Select(t => t.Title)));
            });
        });
    }

    [Fact]
    public void ScalesToALargeBook()
    {
        var book = Generate(99, accounts: 2000);

        Assert.Equal(2000, book.Accounts.Count);
        Assert.True(book.PainPointCount > 2000 * 4);
    }
}
