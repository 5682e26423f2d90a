using Configurator.Domain.Catalogue;
using static Configurator.Domain.Tests.Catalogue.CatalogueFiles;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class CatalogueValidationTests
{
    private static CatalogueCheck Check(CatalogueFile file, params OfferItemSpec[] existing) =>
        Validation().Validate(file, existing, []);

    private static void AssertIssue(CatalogueCheck check, string path, string messagePart)
    {
        Assert.Contains(check.Issues, i => i.Path == path && i.Message.Contains(messagePart, StringComparison.Ordinal));
    }

    [Fact]
    public void AcceptsAValidFileAndTypesIt()
    {
        var check = Check(File(Item("CORE"), Item("ADDON", "innovation", "CORE")));

        Assert.True(check.IsValid, string.Join("; ", check.Issues));
        var addon = check.Items.Single(i => i.Code == "ADDON");
        Assert.Equal(ItemKind.Innovation, addon.Kind);
        Assert.Equal(PricingModel.Monthly, addon.Model);
        Assert.Equal(["CORE"], addon.Requires);
        Assert.Equal(new ItemPrice("EUR", 100m, 30m), addon.Prices.Single());
        Assert.Equal(2, check.Categories.Count);
    }

    [Fact]
    public void ReportsEveryIssueAtOnceWithItsJsonPath()
    {
        var bad = Item("BAD") with
        {
            Kind = "gadget",
            Status = "sold-out",
            Pricing = new CatalogueFilePricing("weekly", "", 120, [new CatalogueFilePrice("EURO", 1, null), new CatalogueFilePrice("EUR", -5, null)]),
            Quantity = new CatalogueFileQuantity(5, 10, 20),
            Addresses = [new CatalogueFileAddress("NOPE", 2), new CatalogueFileAddress("SLOW", 4)],
        };

        var check = Check(File(Item("OK"), bad));

        AssertIssue(check, "items[1].kind", "not one of standard, innovation, service");
        AssertIssue(check, "items[1].status", "not one of draft, active, retired");
        AssertIssue(check, "items[1].pricing.model", "not one of one-time, monthly, annual");
        AssertIssue(check, "items[1].pricing.unit", "Give a unit");
        AssertIssue(check, "items[1].pricing.maxDiscountPercent", "0 to 100");
        AssertIssue(check, "items[1].pricing.prices[0].currency", "ISO 4217");
        AssertIssue(check, "items[1].pricing.prices[1].listPrice", "from 0");
        AssertIssue(check, "items[1].quantity.default", "min ≤ default ≤ max");
        AssertIssue(check, "items[1].addresses[0].category", "does not exist");
        AssertIssue(check, "items[1].addresses[1].strength", "1 (weak), 2 (medium) or 3 (strong)");
        Assert.Equal(["OK"], check.Items.Select(i => i.Code));
    }

    [Fact]
    public void CodesMustBeUniqueAndWellFormed()
    {
        var check = Check(File(Item("DUP"), Item("DUP"), Item(""), Item("has space")));

        AssertIssue(check, "items[1].code", "appears more than once");
        AssertIssue(check, "items[2].code", "Give a code");
        AssertIssue(check, "items[3].code", "is not a valid code");
    }

    [Fact]
    public void AtMostOnePricePerCurrencyAndNoExtraDecimals()
    {
        var twice = Item("TWICE") with { Pricing = new CatalogueFilePricing("monthly", "user", 10, [new("EUR", 1, null), new("eur", 2, null)]) };
        var yen = Item("YEN") with { Pricing = new CatalogueFilePricing("monthly", "user", 10, [new("JPY", 100.5m, null)]) };

        var check = Check(File(twice, yen));

        AssertIssue(check, "items[0].pricing.prices[1].currency", "at most one price per currency");
        AssertIssue(check, "items[1].pricing.prices[0].listPrice", "JPY amounts have 0 decimals");
    }

    [Fact]
    public void OnlyADraftMayHaveNoPrice()
    {
        var unpriced = Item("UNPRICED") with { Pricing = new CatalogueFilePricing("monthly", "user", 10, []) };

        Assert.False(Check(File(unpriced)).IsValid);
        Assert.True(Check(File(unpriced with { Status = "draft" })).IsValid);
    }

    [Fact]
    public void RulesMustNameItemsOfTheFileOrTheCatalogue()
    {
        var existing = Check(File(Item("IN-DB"))).Items.Single();

        var check = Check(File(Item("A", "standard", "IN-DB"), Item("B", "standard", "MISSING")), existing);

        Assert.DoesNotContain(check.Issues, i => i.Path.StartsWith("items[0]", StringComparison.Ordinal));
        AssertIssue(check, "items[1].requires[0]", "No item has the code MISSING");
    }

    [Fact]
    public void AnItemNeverRequiresWhatItExcludesEvenThroughAChain()
    {
        var a = Item("A", "standard", "B") with { Excludes = ["C"] };
        var b = Item("B", "standard", "C");
        var c = Item("C");

        var check = Check(File(a, b, c));

        AssertIssue(check, "items[0].requires", "A requires C");
    }

    [Fact]
    public void RequiringAnItemThatExcludesYouIsRefused()
    {
        var check = Check(File(Item("A", "standard", "B"), Item("B") with { Excludes = ["A"] }));

        AssertIssue(check, "items[0].requires", "the two exclude each other");
    }

    [Fact]
    public void RequiringAndExcludingTheSameItemDirectlyIsRefused()
    {
        var check = Check(File(Item("A", "standard", "B") with { Excludes = ["B"] }, Item("B")));

        AssertIssue(check, "items[0].excludes", "both requires and excludes B");
    }

    [Fact]
    public void ProposalTextMustParse()
    {
        var check = Check(File(Item("A") with { ProposalText = "Hello {{ broken" }));

        AssertIssue(check, "items[0].proposalText", "line 1, column 4");
    }

    [Fact]
    public void OverlongTextIsRefusedWithItsLength()
    {
        var check = Check(File(Item("A") with { Name = new string('x', CatalogueLimits.NameMaxLength + 1) }));

        AssertIssue(check, "items[0].name", "at most 120");
    }

    [Fact]
    public void MissingPartsAreNamed()
    {
        var check = Check(new CatalogueFile([null], [null, Item("A") with { Pricing = null }]));

        AssertIssue(check, "categories[0]", "must be an object");
        AssertIssue(check, "items[0]", "must be an object");
        AssertIssue(check, "items[1].pricing", "Give the pricing");
    }
}
