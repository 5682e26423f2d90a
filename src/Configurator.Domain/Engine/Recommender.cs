using System.Buffers;
using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>
/// Builds a configuration from the client's pain points and the catalogue, following the contract's
/// recommendation rules 1–9:
/// <list type="number">
/// <item>the base: the standard product that answers the most weighted pain;</item>
/// <item>innovations, one at a time, for the pain the lines so far leave uncovered or weak, where the innovation would cover it (strength 2 or 3);</item>
/// <item>any item, for pain still unanswered that some item can answer;</item>
/// <item>a service package, the one most relevant to the pain, when none is in yet.</item>
/// </list>
/// Each pick takes the item together with everything it requires, and skips an item that would
/// exclude, or be excluded by, a line already chosen: the next best is the alternative. What stays
/// unanswered because of a rule is reported. Ties break on lower list price, then on code, so the
/// same input always gives the same output.
/// </summary>
/// <remarks>
/// Pain points in the same category are answered by the same items, so the work is done per category:
/// a category weighs the sum of its pain points' weights, and each item is scored against the
/// categories it addresses. The cost grows with items × categories addressed, not with pain points.
/// The working state per item lives in flat arrays rented from the shared pool. Built afresh on every
/// run (a list per item, catalogue-sized arrays on the large object heap, a heap entry per candidate),
/// it made the collections during a run both more frequent and longer as the catalogue grew, so
/// doubling the catalogue quadrupled the time.
/// </remarks>
public sealed class Recommender
{
    private readonly IReadOnlyList<ClientPain> _pains;
    private readonly EngineCatalogue _catalogue;
    private readonly CurrencyCode _currency;
    private readonly int _termMonths;
    private readonly IReadOnlyList<ItemSnapshot> _eligible;
    private readonly ItemKind[] _kinds;
    private readonly int[] _priceRank;
    private readonly List<string> _categories = [];
    private readonly double[] _categoryWeight;
    private readonly bool[] _severeCategory;
    private IReadOnlyList<ClientPain>? _painsByWeight;

    // Per eligible item: the pain categories it addresses (by index, ascending) with strength, at
    // _addresses[_firstAddress[i].._firstAddress[i + 1]]; items that address none are never scored.
    private readonly int[] _firstAddress;
    private readonly (int Category, int Strength)[] _addresses;
    private readonly (int Item, int Strength)[][] _itemsByCategory;
    private readonly bool[] _isBlocked;
    private readonly bool[] _isChosen;
    private readonly Candidate[] _candidates;
    private readonly Dictionary<int, IReadOnlyList<string>> _closures = [];

    private readonly int[] _strength;
    private readonly List<int> _chosen = [];
    private readonly ItemsInPlay _inPlay = new();
    private readonly Dictionary<int, string> _requiredBy = [];
    private readonly Dictionary<int, string> _role = [];
    private readonly Dictionary<int, string> _blocked = [];

    private Recommender(IReadOnlyList<ClientPain> pains, EngineCatalogue catalogue, int termMonths)
    {
        _pains = pains;
        _catalogue = catalogue;
        _currency = catalogue.Currency;
        _termMonths = termMonths;
        _eligible = catalogue.Eligible;
        _kinds = catalogue.Kinds;
        _priceRank = catalogue.PriceRank;

        var categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<double>();
        var severe = new List<bool>();
        var largestImpact = pains.Count == 0 ? 0 : pains.Max(p => p.AnnualImpact ?? 0);
        var severeFrom = pains.Count == 0 ? 0 : Math.Min(4, pains.Max(p => p.Severity));
        for (var p = 0; p < pains.Count; p++)
        {
            var pain = pains[p];
            if (!categoryIndex.TryGetValue(pain.Category, out var c))
            {
                c = categoryIndex[pain.Category] = _categories.Count;
                _categories.Add(pain.Category);
                weights.Add(0);
                severe.Add(false);
            }
            var weight = Weight(pain, largestImpact);
            weights[c] += weight;
            severe[c] |= pain.Severity >= severeFrom;
        }
        _categoryWeight = [.. weights];
        _severeCategory = [.. severe];
        _strength = new int[_categories.Count];
        _itemsByCategory = new (int, int)[_categories.Count][];
        var items = _eligible.Count;
        _isBlocked = Rent<bool>(items);
        _isChosen = Rent<bool>(items);
        _candidates = ArrayPool<Candidate>.Shared.Rent(items);

        // Counted, then filled category by category, so each item's addresses come out in category order.
        _firstAddress = Rent<int>(items + 1);
        for (var c = 0; c < _categories.Count; c++)
        {
            _itemsByCategory[c] = catalogue.Postings(_categories[c]);
            foreach (var (item, _) in _itemsByCategory[c])
            {
                _firstAddress[item + 1]++;
            }
        }
        for (var i = 0; i < items; i++)
        {
            _firstAddress[i + 1] += _firstAddress[i];
        }
        _addresses = ArrayPool<(int, int)>.Shared.Rent(_firstAddress[items]);
        var filled = Rent<int>(items);
        try
        {
            for (var c = 0; c < _categories.Count; c++)
            {
                foreach (var (item, strength) in _itemsByCategory[c])
                {
                    _addresses[_firstAddress[item] + filled[item]++] = (c, strength);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(filled);
        }
    }

    /// <summary>A pooled array, cleared for its first <paramref name="length"/> elements.</summary>
    private static T[] Rent<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private void ReturnRented()
    {
        ArrayPool<bool>.Shared.Return(_isBlocked);
        ArrayPool<bool>.Shared.Return(_isChosen);
        ArrayPool<Candidate>.Shared.Return(_candidates);
        ArrayPool<int>.Shared.Return(_firstAddress);
        ArrayPool<(int, int)>.Shared.Return(_addresses);
    }

    private ReadOnlySpan<(int Category, int Strength)> Addresses(int item) =>
        _addresses.AsSpan(_firstAddress[item], _firstAddress[item + 1] - _firstAddress[item]);

    /// <summary>
    /// How much a pain point counts: its severity (1–5), up to doubled by its annual impact relative to
    /// the largest impact among the opportunity's pain points. So severity ranks pains first, and money
    /// decides between pains of similar severity; a pain without a known impact counts its severity.
    /// </summary>
    public static double Weight(ClientPain pain, decimal largestImpact)
    {
        var impact = pain.AnnualImpact ?? 0;
        return largestImpact > 0 ? pain.Severity * (1 + (double)(impact / largestImpact)) : pain.Severity;
    }

    public static Recommendation Recommend(IReadOnlyList<ClientPain> pains, IEnumerable<OfferItemSpec> catalogue, CurrencyCode currency, int termMonths) =>
        Recommend(pains, new EngineCatalogue(catalogue, currency), termMonths);

    public static Recommendation Recommend(IReadOnlyList<ClientPain> pains, EngineCatalogue catalogue, int termMonths) =>
        Run(pains, catalogue, termMonths, RecommendationScope.Recommended);

    /// <summary>One run of the rules for a scope; <see cref="SolutionOptions"/> runs the three.</summary>
    internal static Recommendation Run(IReadOnlyList<ClientPain> pains, EngineCatalogue catalogue, int termMonths, RecommendationScope scope)
    {
        var recommender = new Recommender(pains, catalogue, termMonths);
        try
        {
            return recommender.Run(scope);
        }
        finally
        {
            recommender.ReturnRented();
        }
    }

    private Recommendation Run(RecommendationScope scope)
    {
        var issues = new List<EngineIssue>();
        if (_eligible.Count == 0)
        {
            issues.Add(EngineIssue.Warning(IssueCodes.NoEligibleItems, $"No active catalogue item is priced in {_currency}; nothing can be recommended."));
            return new Recommendation(new Configuration(_currency, _termMonths, []), issues);
        }
        if (_pains.Count == 0)
        {
            issues.Add(EngineIssue.Warning(IssueCodes.NoPainPoints, "The opportunity has no pain points yet, so the recommendation is only a base product and a service package; capture what hurts first."));
        }

        // Rule 2: the base standard product, by weighted pain answered.
        if (!ChooseBest(ItemKind.Standard, Relevance, "base"))
        {
            issues.Add(EngineIssue.Warning(IssueCodes.NoStandardProduct, _eligible.Any(e => e.Kind == ItemKind.Standard)
                ? "Every standard product conflicts with the catalogue's rules here, so the solution has no base product."
                : $"No standard product is active and priced in {_currency}, so the solution has no base product."));
        }

        if (scope == RecommendationScope.Essential)
        {
            // Standard products for the most severe pain only.
            ChooseGreedily(i => _kinds[i] == ItemKind.Standard, i => Gain(i, uncoveredOrWeakOnly: false, uncoveredOnly: true, severeOnly: true), "coverage");
        }
        else
        {
            // Rule 4: innovations for what the lines so far leave uncovered or weak.
            ChooseGreedily(i => _kinds[i] == ItemKind.Innovation, i => Gain(i, uncoveredOrWeakOnly: true, uncoveredOnly: false, coveringOnly: true), "innovation");

            // Rule 3: anything that answers a pain point still unanswered.
            ChooseGreedily(_ => true, i => Gain(i, uncoveredOrWeakOnly: false, uncoveredOnly: true), "coverage");
        }

        // Rule 5: a service package, the most relevant one.
        if (!_chosen.Any(i => _eligible[i].Kind == ItemKind.Service) && _eligible.Any(e => e.Kind == ItemKind.Service))
        {
            if (!ChooseBest(ItemKind.Service, Relevance, "service"))
            {
                var why = Enumerable.Range(0, _eligible.Count).Where(i => _eligible[i].Kind == ItemKind.Service && _isBlocked[i]).Take(3).Select(i => _blocked[i]);
                issues.Add(EngineIssue.Warning(IssueCodes.RuleBlocksPain, $"No service package fits with the chosen lines: {string.Join("; ", why)}."));
            }
        }

        if (scope == RecommendationScope.Premium)
        {
            AddStrongestPerCategory();
        }
        if (scope != RecommendationScope.Essential)
        {
            ReportBlockedPains(issues);
        }
        return new Recommendation(new Configuration(_currency, _termMonths, Lines()), issues);
    }

    /// <summary>
    /// Chooses the item of a kind with the highest score (then lower price, then code) that the rules
    /// allow, even when it scores nothing: the base product and the service package are always wanted.
    /// </summary>
    /// <remarks>One scan finds the best; the others are ranked only when the rules block it.</remarks>
    private bool ChooseBest(ItemKind kind, Func<int, double> score, string role)
    {
        var candidates = Enumerable.Range(0, _eligible.Count).Where(i => _kinds[i] == kind && !_isBlocked[i] && !_isChosen[i]);
        Func<int, double> scoreOrNone = i => _firstAddress[i + 1] > _firstAddress[i] ? score(i) : 0;
        if (Best(candidates, scoreOrNone) is not { } best)
        {
            return false;
        }
        return TryChoose([best], role) || TryChoose(Ranked(candidates, scoreOrNone), role);
    }

    /// <summary>The item with the highest score, then the lower price, then the lower code; null when there is none.</summary>
    private int? Best(IEnumerable<int> items, Func<int, double> score)
    {
        Candidate? best = null;
        foreach (var item in items)
        {
            var key = new Candidate(score(item), _priceRank[item], item);
            if (best is null || key.CompareTo(best.Value) < 0)
            {
                best = key;
            }
        }
        return best?.Item;
    }

    /// <summary>
    /// The items in the order of <see cref="Best"/>, for when the best is blocked: the rules block an item
    /// for good, so the next to try is the next in this order.
    /// </summary>
    private List<int> Ranked(IEnumerable<int> items, Func<int, double> score) =>
        [.. items.Select(i => new Candidate(score(i), _priceRank[i], i)).Order().Select(c => c.Item)];

    /// <summary>
    /// Chooses items one at a time, always the one with the largest gain (then lower price, then code),
    /// until none gains anything. Gains only shrink as lines are added, so a gain computed earlier is an
    /// upper bound: an item is re-scored only when it reaches the top ("lazy greedy"), which picks
    /// exactly what rescoring every item each round would, at a fraction of the cost.
    /// </summary>
    private void ChooseGreedily(Func<int, bool> filter, Func<int, double> gain, string role)
    {
        var count = 0;
        for (var i = 0; i < _eligible.Count; i++)
        {
            if (_firstAddress[i + 1] > _firstAddress[i] && !_isBlocked[i] && !_isChosen[i] && filter(i) && gain(i) is var g && g > 0)
            {
                _candidates[count++] = new Candidate(g, _priceRank[i], i);
            }
        }
        var queue = new CandidateQueue(_candidates, count);
        while (queue.TryDequeue(out var top))
        {
            var item = top.Item;
            if (_isBlocked[item] || _isChosen[item])
            {
                continue;
            }
            var current = new Candidate(gain(item), _priceRank[item], item);
            if (current.Score <= 0)
            {
                continue;
            }
            if (queue.TryPeek(out var next) && current.CompareTo(next) > 0)
            {
                queue.Enqueue(current);
                continue;
            }
            TryChoose([item], role);
        }
    }

    /// <summary>Weighted improvement of coverage strength the item would bring to the categories in scope.</summary>
    /// <remarks>With <paramref name="coveringOnly"/> only categories the item would cover (strength 2 or 3) count: an innovation that leaves pain weak does not fix it.</remarks>
    private double Gain(int item, bool uncoveredOrWeakOnly, bool uncoveredOnly, bool severeOnly = false, bool coveringOnly = false)
    {
        var gain = 0d;
        foreach (var (category, strength) in Addresses(item))
        {
            var current = _strength[category];
            if ((uncoveredOnly && current > 0) || (uncoveredOrWeakOnly && current >= 2) || (severeOnly && !_severeCategory[category])
                || (coveringOnly && strength < 2) || strength <= current)
            {
                continue;
            }
            gain += _categoryWeight[category] * (strength - current);
        }
        return gain;
    }

    /// <summary>How much weighted pain the item addresses at all, whether or not other lines answer it already.</summary>
    private double Relevance(int item)
    {
        var relevance = 0d;
        foreach (var (category, strength) in Addresses(item))
        {
            relevance += _categoryWeight[category] * strength;
        }
        return relevance;
    }

    /// <summary>Chooses the first candidate that the rules allow, with everything it requires.</summary>
    private bool TryChoose(List<int> candidates, string role)
    {
        foreach (var candidate in candidates)
        {
            if (_isBlocked[candidate])
            {
                continue;
            }
            if (Blocker(candidate) is { } blocker)
            {
                // Lines are only ever added, so an item that cannot join now never can.
                _blocked[candidate] = blocker;
                _isBlocked[candidate] = true;
                continue;
            }
            Add(candidate, role, requiredBy: null);
            foreach (var code in Closure(candidate).Where(c => c != _eligible[candidate].Code && !_inPlay.Contains(c)))
            {
                Add(_catalogue.Index[code], "required", requiredBy: _eligible[candidate].Code);
            }
            return true;
        }
        return false;
    }

    private void Add(int item, string role, string? requiredBy)
    {
        _chosen.Add(item);
        _isChosen[item] = true;
        _inPlay.Add(_eligible[item].Code, _eligible[item].Excludes);
        _role[item] = role;
        if (requiredBy is not null)
        {
            _requiredBy[item] = requiredBy;
        }
        foreach (var (category, strength) in Addresses(item))
        {
            _strength[category] = Math.Max(_strength[category], strength);
        }
    }

    /// <summary>Why the item cannot join the chosen lines, or null when it can (rule 6).</summary>
    private string? Blocker(int item) =>
        CatalogueRules.Adding(_eligible[item].Code, _catalogue.All, _inPlay, spec => CatalogueRules.Unavailable(spec, _currency), Closure(item)).Clash?.Message;

    private IReadOnlyList<string> Closure(int item)
    {
        if (!_closures.TryGetValue(item, out var closure))
        {
            closure = CatalogueRules.RequiredClosure(_eligible[item].Code, _catalogue.All);
            _closures[item] = closure;
        }
        return closure;
    }

    /// <summary>For every pain category, heaviest first, the strongest innovation and service that fit with the lines so far.</summary>
    private void AddStrongestPerCategory()
    {
        foreach (var category in Enumerable.Range(0, _categories.Count).OrderByDescending(c => _categoryWeight[c]).ThenBy(c => _categories[c], StringComparer.Ordinal))
        {
            foreach (var kind in new[] { ItemKind.Innovation, ItemKind.Service })
            {
                // Nothing to add when the strongest is in already; the others are ranked only when the rules block it.
                var candidates = _itemsByCategory[category].Select(a => a.Item).Where(i => _kinds[i] == kind);
                Func<int, double> strength = i => StrengthIn(i, category);
                if (Best(candidates, strength) is { } strongest && !_isChosen[strongest] && !TryChoose([strongest], "premium"))
                {
                    TryChoose(Ranked(candidates.Where(i => !_isChosen[i]), strength), "premium");
                }
            }
        }
    }

    /// <summary>How strongly the item addresses a pain category (by index): 0 when it does not.</summary>
    private int StrengthIn(int item, int category)
    {
        var strongest = 0;
        foreach (var (c, strength) in Addresses(item))
        {
            if (c == category)
            {
                strongest = Math.Max(strongest, strength);
            }
        }
        return strongest;
    }

    /// <summary>Rule 3's exceptions: pain that some eligible item answers but the rules keep out.</summary>
    private void ReportBlockedPains(List<EngineIssue> issues)
    {
        for (var c = 0; c < _categories.Count; c++)
        {
            if (_strength[c] > 0 || _itemsByCategory[c].Length == 0)
            {
                continue;
            }
            var why = _itemsByCategory[c].Select(a => Blocker(a.Item)).Where(b => b is not null).Distinct().Take(2).ToList();
            foreach (var pain in _pains.Where(p => p.Category == _categories[c]))
            {
                issues.Add(EngineIssue.Warning(IssueCodes.RuleBlocksPain,
                    $"“{pain.Title}” stays unanswered: {string.Join("; ", why)}.", painPointId: pain.Id));
            }
        }
    }

    private List<ConfigurationLine> Lines()
    {
        // OrderBy is stable: within a kind, lines stay in the order they were chosen.
        var ordered = _chosen.OrderBy(i => _eligible[i].Kind).ToList();
        var lines = new List<ConfigurationLine>(ordered.Count);
        foreach (var item in ordered)
        {
            var snapshot = _eligible[item];
            lines.Add(new ConfigurationLine(lines.Count + 1, snapshot, snapshot.Quantity.Default, Percentage.Zero, Reason: Reason(item)));
        }
        return lines;
    }

    /// <summary>Rule 8: the pain points a line answers, or the line that required it.</summary>
    /// <remarks>The pains are ranked once per run, heaviest first; ranking them per line cost lines × pain points comparisons.</remarks>
    private string Reason(int item)
    {
        _painsByWeight ??= LineReason.HeaviestFirst(_pains);
        var prefix = _role[item] switch
        {
            "base" => "Base standard product. ",
            "service" => "Service package. ",
            _ => "",
        };
        if (LineReason.Answers(_eligible[item], _painsByWeight) is { } answers)
        {
            var required = _requiredBy.TryGetValue(item, out var by) ? $" Required by {by}." : "";
            return $"{prefix}{answers}.{required}";
        }
        if (_requiredBy.TryGetValue(item, out var requiredBy))
        {
            return LineReason.RequiredBy(requiredBy, _catalogue.All[requiredBy].Name);
        }
        return _role[item] == "service"
            ? "Service package: puts the solution to work; it answers none of the captured pain points directly."
            : "Base standard product: none of the captured pain points falls in a category it addresses.";
    }
}
