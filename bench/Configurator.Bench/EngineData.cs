using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Bench;

/// <summary>A generated catalogue and opportunity of a given size, the same for a given seed.</summary>
public static class EngineData
{
    public static List<OfferItemSpec> Catalogue(int items, int categories, int seed = 42)
    {
        var random = new Random(seed);
        var kinds = new[] { ItemKind.Standard, ItemKind.Innovation, ItemKind.Service };
        var models = new[] { PricingModel.OneTime, PricingModel.Monthly, PricingModel.Annual };
        return Enumerable.Range(1, items).Select(i =>
        {
            var code = $"ITEM-{i:00000}";
            var addresses = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => new CategoryStrength($"CAT-{random.Next(categories):000}", random.Next(1, 4)))
                .DistinctBy(a => a.Category)
                .ToList();
            var requires = random.NextDouble() < 0.05 ? new List<string> { $"ITEM-{random.Next(1, items + 1):00000}" }.Where(c => c != code).ToList() : [];
            var excludes = random.NextDouble() < 0.05 ? new List<string> { $"ITEM-{random.Next(1, items + 1):00000}" }.Where(c => c != code && !requires.Contains(c)).ToList() : [];
            return new OfferItemSpec(code, kinds[random.Next(3)], $"Item {i}", "", "", ItemStatus.Active, models[random.Next(3)], "unit", Percentage.From(15m),
                [new ItemPrice("EUR", Math.Round((decimal)(random.NextDouble() * 5000), 2), Math.Round((decimal)(random.NextDouble() * 1000), 2))],
                new QuantityBounds(1, 1000, random.Next(1, 20)), addresses, requires, excludes, []);
        }).ToList();
    }

    public static List<ClientPain> Pains(int pains, int categories, int seed = 7)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, pains)
            .Select(i => new ClientPain(i, $"Pain {i}", $"CAT-{random.Next(categories):000}", random.Next(1, 6), random.NextDouble() < 0.6 ? random.Next(1000, 2_000_000) : null))
            .ToList();
    }

    public static Configuration Lines(IReadOnlyList<OfferItemSpec> catalogue, int lines, int termMonths = 36)
    {
        var random = new Random(3);
        return new Configuration(CurrencyCode.From("EUR"), termMonths, catalogue.Take(lines)
            .Select((spec, i) => new ConfigurationLine(i + 1, ItemSnapshot.Of(spec, "EUR")!, random.Next(1, 50), Percentage.From(random.Next(0, 30))))
            .ToList());
    }
}
