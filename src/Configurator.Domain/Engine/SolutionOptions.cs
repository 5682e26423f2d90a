namespace Configurator.Domain.Engine;

/// <summary>How far a recommendation run goes: leaner or richer than the recommendation itself.</summary>
internal enum RecommendationScope
{
    Essential,
    Recommended,
    Premium,
}

/// <summary>One of the Good / Better / Best options, with why it is shaped as it is.</summary>
public sealed record SolutionOption(string Name, string Explanation, Configuration Configuration, IReadOnlyList<EngineIssue> Issues);

/// <summary>
/// Up to three options of rising coverage and value, named from <see cref="EnginePolicy.OptionNames"/>:
/// the essential one (standard products for the most severe pain, and a service package), the
/// recommendation, and a premium one that also adds, for every pain category, the strongest
/// innovation and the strongest service that fit. Options that come out the same as a richer one are left out.
/// </summary>
public static class SolutionOptions
{
    public static IReadOnlyList<SolutionOption> Build(IReadOnlyList<ClientPain> pains, IEnumerable<Catalogue.OfferItemSpec> catalogue, Catalogue.CurrencyCode currency, int termMonths,
        EnginePolicy? policy = null) => Build(pains, new EngineCatalogue(catalogue, currency), termMonths, policy);

    public static IReadOnlyList<SolutionOption> Build(IReadOnlyList<ClientPain> pains, EngineCatalogue catalogue, int termMonths, EnginePolicy? policy = null)
    {
        policy ??= EnginePolicy.Default;
        var scopes = new[] { RecommendationScope.Essential, RecommendationScope.Recommended, RecommendationScope.Premium };
        var built = scopes.Select(scope => (Scope: scope, Result: Recommender.Run(pains, catalogue, termMonths, scope))).ToList();
        var options = new List<SolutionOption>();
        for (var i = 0; i < built.Count; i++)
        {
            var codes = Codes(built[i].Result.Configuration);
            var sameAsRicher = built.Skip(i + 1).Any(b => Codes(b.Result.Configuration).SetEquals(codes));
            var sameAsLeaner = built.Take(i).Any(b => Codes(b.Result.Configuration).SetEquals(codes));
            if ((built[i].Scope == RecommendationScope.Essential && sameAsRicher) || (built[i].Scope == RecommendationScope.Premium && sameAsLeaner))
            {
                continue;
            }
            var name = policy.OptionNames.ElementAtOrDefault(i) ?? built[i].Scope.ToString();
            options.Add(new SolutionOption(name, Explain(built[i].Scope), built[i].Result.Configuration, built[i].Result.Issues));
        }
        return options;
    }

    private static HashSet<string> Codes(Configuration configuration) => configuration.Lines.Select(l => l.Item.Code).ToHashSet(StringComparer.Ordinal);

    private static string Explain(RecommendationScope scope) => scope switch
    {
        RecommendationScope.Essential => "Standard products for your most pressing pain points, with a service package: the leanest offer that still answers what hurts most.",
        RecommendationScope.Recommended => "The recommended solution: a standard base, innovations where the base leaves pain open or weak, and a service package.",
        _ => "Everything in the recommendation, plus the strongest innovation and service for each pain category: the most complete answer.",
    };
}
