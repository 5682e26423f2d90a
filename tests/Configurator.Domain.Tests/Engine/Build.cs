using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Tests.Engine;

/// <summary>Small builders for engine tests: items, lines, pain points and configurations.</summary>
internal static class Build
{
    public static OfferItemSpec Item(string code, ItemKind kind = ItemKind.Standard, PricingModel model = PricingModel.Monthly, decimal price = 100m,
        decimal? cost = null, string currency = "EUR", string addresses = "", string[]? requires = null, string[]? excludes = null,
        ItemStatus status = ItemStatus.Active, int min = 1, int max = 1000, int quantity = 1, decimal maxDiscount = 15m) =>
        new(code, kind, $"Item {code}", "", "", status, model, "unit", Percentage.From(maxDiscount), [new ItemPrice(currency, price, cost)],
            new QuantityBounds(min, max, quantity), Addresses(addresses), requires ?? [], excludes ?? [], []);

    /// <summary>"SLOW:3 STOCK:1 TRAIN:2@80" → the categories an item addresses with their strengths (and, after @, the item's own improvement percent).</summary>
    private static List<CategoryStrength> Addresses(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(a => a.Split(':', '@'))
        .Select(a => new CategoryStrength(a[0], int.Parse(a[1], System.Globalization.CultureInfo.InvariantCulture))
        {
            ImprovementPercent = a.Length > 2 ? decimal.Parse(a[2], System.Globalization.CultureInfo.InvariantCulture) : null,
        })
        .ToList();

    public static ConfigurationLine Line(OfferItemSpec spec, int quantity = 1, decimal discount = 0m, int id = 0, string currency = "EUR") =>
        new(id == 0 ? StableId(spec.Code) : id, ItemSnapshot.Of(spec, currency)!, quantity, Percentage.From(discount));

    /// <summary>The same id for the same code in every run (string.GetHashCode differs per process).</summary>
    private static int StableId(string code) => code.Aggregate(17, (hash, c) => unchecked((hash * 31) + c) & 0x7FFF_FFFF) % 100_000 + 1;

    public static readonly CurrencyCode Eur = CurrencyCode.From("EUR");

    public static Configuration Config(int termMonths, params ConfigurationLine[] lines) => new(Eur, termMonths, lines);

    public static ClientPain Pain(int id, string category, int severity = 3, decimal? impact = null) => new(id, $"Pain {id}", category, severity, impact);

    public static Dictionary<string, OfferItemSpec> Items(params OfferItemSpec[] items) => items.ToDictionary(i => i.Code, StringComparer.Ordinal);
}
