using BenchmarkDotNet.Attributes;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Bench;

/// <summary>
/// The engine's targets: a recommendation for 200 pain points against 10,000 items under 20 ms, and
/// against 40,000 items under 10 ms (the time stays linear in the catalogue); validation + pricing of
/// a 200-line configuration under 1 ms. The other sizes show how cost grows with items × pain points.
/// </summary>
[MemoryDiagnoser]
public class RecommendBenchmarks
{
    private List<OfferItemSpec> _items = [];
    private EngineCatalogue _catalogue = null!;
    private List<ClientPain> _pains = [];

    [Params(2_500, 10_000, 20_000, 40_000)]
    public int Items { get; set; }

    [Params(50, 200)]
    public int PainPoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _items = EngineData.Catalogue(Items, categories: 150);
        _catalogue = new EngineCatalogue(_items, CurrencyCode.From("EUR"));
        _pains = EngineData.Pains(PainPoints, categories: 150);
    }

    /// <summary>One recommendation against the catalogue as the app caches it per revision and currency.</summary>
    [Benchmark]
    public Recommendation Recommend() => Recommender.Recommend(_pains, _catalogue, 36);

    /// <summary>Good / Better / Best: three recommendation runs.</summary>
    [Benchmark]
    public IReadOnlyList<SolutionOption> Options() => SolutionOptions.Build(_pains, _catalogue, 36);

    /// <summary>Indexing the catalogue for a currency: once per catalogue change, not per recommendation.</summary>
    [Benchmark]
    public EngineCatalogue IndexCatalogue() => new(_items, CurrencyCode.From("EUR"));
}

[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private Configuration _configuration = null!;
    private List<ClientPain> _pains = [];
    private Dictionary<string, OfferItemSpec> _catalogue = [];

    [Params(200)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = EngineData.Catalogue(10_000, categories: 150);
        _catalogue = catalogue.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _pains = EngineData.Pains(200, categories: 150);
        _configuration = EngineData.Lines(catalogue, Lines);
    }

    [Benchmark]
    public Evaluation ValidateAndPrice() => Evaluator.Evaluate(_configuration, _pains, _catalogue);
}
