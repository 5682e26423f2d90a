using System.Text.Json;
using Configurator.Web.Demo;

namespace Configurator.Web.Tests.Demo;

/// <summary>The demo catalogue follows the import rules of the API contract, so the catalogue issue can import it as is.</summary>
public sealed class DemoCatalogueTests
{
    private static readonly JsonElement _root = JsonDocument.Parse(DemoCatalogue.Json()).RootElement;
    private static readonly List<JsonElement> _items = _root.GetProperty("items").EnumerateArray().ToList();

    // The unit as a quantity is said with it: "25 个用户", "3 台设备", "1 套".
    private static readonly Dictionary<string, string> _chineseUnits = new()
    {
        ["user"] = "个用户",
        ["device"] = "台设备",
        ["site"] = "个仓库",
        ["connection"] = "个接口",
        ["package"] = "套",
        ["station"] = "个工位",
        ["programme"] = "项",
    };

    private const string Cjk = @"\p{IsCJKUnifiedIdeographs}";

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
    public void EveryCategoryAndItemHasItsTextsInChinese()
    {
        Assert.All(_root.GetProperty("categories").EnumerateArray(), category =>
        {
            var zh = Chinese(category, ["name", "description"]);
            Assert.Matches(Cjk, zh.GetProperty("name").GetString());
            Assert.Matches(Cjk, zh.GetProperty("description").GetString());
        });
        Assert.All(_items, item =>
        {
            var zh = Chinese(item, ["name", "summary", "proposalText", "unit", "differentiators"]);
            Assert.Matches(Cjk, zh.GetProperty("name").GetString());
            Assert.Matches(Cjk, zh.GetProperty("summary").GetString());
            Assert.Contains(zh.GetProperty("unit").GetString(), _chineseUnits.Values);
            var english = item.GetProperty("proposalText").GetString()!;
            if (english.Length > 0)
            {
                var text = zh.GetProperty("proposalText").GetString()!;
                Assert.Matches(Cjk, text);
                Assert.Equal(Placeholders(english), Placeholders(text));
            }
            else
            {
                Assert.False(zh.TryGetProperty("proposalText", out _));
            }
            var differentiators = zh.TryGetProperty("differentiators", out var given) ? given.EnumerateArray().Select(d => d.GetString()!).ToList() : [];
            Assert.Equal(item.GetProperty("differentiators").GetArrayLength(), differentiators.Count);
            Assert.All(differentiators, d => Assert.Matches(Cjk, d));
        });
    }

    [Fact]
    public void EachUnitHasOneChineseWordWithItsMeasureWord()
    {
        var units = _items.Select(i => (English: i.GetProperty("pricing").GetProperty("unit").GetString()!, Chinese: i.GetProperty("translations").GetProperty("zh-CN").GetProperty("unit").GetString()!)).Distinct().ToList();

        Assert.Equal(_chineseUnits.OrderBy(u => u.Key), units.ToDictionary(u => u.English, u => u.Chinese).OrderBy(u => u.Key));
    }

    [Fact]
    public void ChineseNamesAreAsDistinctAsTheEnglishOnes()
    {
        Assert.Equal(_items.Count, _items.Select(i => i.GetProperty("translations").GetProperty("zh-CN").GetProperty("name").GetString()).Distinct().Count());
        var categories = _root.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(categories.Count, categories.Select(c => c.GetProperty("translations").GetProperty("zh-CN").GetProperty("name").GetString()).Distinct().Count());
    }

    /// <summary>The zh-CN texts, the only language given, holding no field but the agreed ones.</summary>
    private static JsonElement Chinese(JsonElement entry, string[] fields)
    {
        var translations = entry.GetProperty("translations");
        Assert.Equal(["zh-CN"], translations.EnumerateObject().Select(p => p.Name));
        var zh = translations.GetProperty("zh-CN");
        Assert.All(zh.EnumerateObject(), p => Assert.Contains(p.Name, fields));
        return zh;
    }

    private static List<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\{.*?\}\}").Select(m => m.Value).ToList();

    [Fact]
    public void SomeItemsHaveSeveralCurrenciesAndSomeAreRetired()
    {
        Assert.True(_items.Count(i => i.GetProperty("pricing").GetProperty("prices").GetArrayLength() > 1) >= 10);
        Assert.InRange(_items.Count(i => i.GetProperty("status").GetString() == "retired"), 1, 4);
    }
}
