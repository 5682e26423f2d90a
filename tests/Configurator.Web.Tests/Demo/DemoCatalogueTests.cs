using System.Text.Json;
using Configurator.Web.Demo;

namespace Configurator.Web.Tests.Demo;

/// <summary>The demo catalogue follows the import rules of the API contract, so the catalogue issue can import it as is.</summary>
public sealed class DemoCatalogueTests
{
    private static readonly JsonElement _root = JsonDocument.Parse(DemoCatalogue.Json()).RootElement;
    private static readonly List<JsonElement> _items = _root.GetProperty("items").EnumerateArray().ToList();

    private static IEnumerable<string> Codes(JsonElement item, string property) =>
        item.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);

    [Fact]
    public void HasBetween25And40ItemsOfAllThreeKinds()
    {
        Assert.InRange(_items.Count, 25, 40);
        var kinds = _items.GroupBy(i => i.GetProperty("kind").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(["innovation", "service", "standard"], kinds.Keys.Order());
        Assert.All(kinds.Values, count => Assert.True(count >= 6));
    }

    [Fact]
    public void CodesAreUniqueAndRulesNameExistingItems()
    {
        var codes = _items.Select(i => i.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(_items, item =>
        {
            Assert.All(Codes(item, "requires").Concat(Codes(item, "excludes")), code => Assert.Contains(code, codes));
            Assert.Empty(Codes(item, "requires").Intersect(Codes(item, "excludes")));
        });
        Assert.Contains(_items, i => Codes(i, "requires").Any());
        Assert.Contains(_items, i => Codes(i, "excludes").Any());
    }

    [Fact]
    public void CategoriesStrengthsQuantitiesAndPricesAreValid()
    {
        var categories = _root.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToHashSet();
        Assert.All(_items, item =>
        {
            Assert.All(item.GetProperty("addresses").EnumerateArray(), a =>
            {
                Assert.Contains(a.GetProperty("category").GetString(), categories);
                Assert.InRange(a.GetProperty("strength").GetInt32(), 1, 3);
            });
            var quantity = item.GetProperty("quantity");
            Assert.True(quantity.GetProperty("min").GetInt32() <= quantity.GetProperty("default").GetInt32());
            Assert.True(quantity.GetProperty("default").GetInt32() <= quantity.GetProperty("max").GetInt32());
            var pricing = item.GetProperty("pricing");
            Assert.InRange(pricing.GetProperty("maxDiscountPercent").GetDecimal(), 0, 100);
            var prices = pricing.GetProperty("prices").EnumerateArray().ToList();
            Assert.NotEmpty(prices);
            Assert.Equal(prices.Count, prices.Select(p => p.GetProperty("currency").GetString()).Distinct().Count());
            Assert.All(prices, p => Assert.True(p.GetProperty("listPrice").GetDecimal() >= 0));
        });
    }

    [Fact]
    public void SomeItemsHaveSeveralCurrenciesAndSomeAreRetired()
    {
        Assert.True(_items.Count(i => i.GetProperty("pricing").GetProperty("prices").GetArrayLength() > 1) >= 10);
        Assert.InRange(_items.Count(i => i.GetProperty("status").GetString() == "retired"), 1, 4);
    }
}
