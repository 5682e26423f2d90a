namespace Configurator.Domain.Catalogue;

/// <summary>
/// What the requires and excludes rules of a catalogue imply. The recommender, the evaluator, adding a
/// line to a proposal and the builder's add-item search all ask these questions here.
/// </summary>
public static class CatalogueRules
{
    /// <summary>The item and everything it requires, directly or through a chain of requires, in code order.</summary>
    public static IReadOnlyList<string> RequiredClosure(string code, IReadOnlyDictionary<string, OfferItemSpec> catalogue)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var queue = new Queue<string>([code]);
        while (queue.TryDequeue(out var next))
        {
            if (!catalogue.TryGetValue(next, out var spec))
            {
                continue;
            }
            foreach (var required in spec.Requires.Where(catalogue.ContainsKey).Where(seen.Add))
            {
                queue.Enqueue(required);
            }
        }
        return [.. seen.Order(StringComparer.Ordinal)];
    }

    /// <summary>Why the item cannot be proposed in the currency ("is retired"), or null when it can.</summary>
    public static string? Unavailable(OfferItemSpec spec, string currency) => spec.Status switch
    {
        ItemStatus.Retired => "is retired",
        ItemStatus.Draft => "is still a draft; a product manager must activate it first",
        _ when spec.PriceIn(currency) is null => $"has no price in {currency}",
        _ => null,
    };

    /// <summary>
    /// What adding <paramref name="code"/> to the items in play brings in (the item and whatever it requires
    /// that is not in play yet, in code order) and, if the rules forbid it, the first clash found.
    /// </summary>
    /// <param name="closure">The item's <see cref="RequiredClosure"/>, when the caller keeps it; else it is computed.</param>
    /// <param name="unavailable">Why a required item cannot be added (not active, not priced), or null when it can.</param>
    public static Addition Adding(string code, IReadOnlyDictionary<string, OfferItemSpec> catalogue, ItemsInPlay inPlay,
        Func<OfferItemSpec, string?> unavailable, IReadOnlyList<string>? closure = null)
    {
        closure ??= RequiredClosure(code, catalogue);
        var bringsIn = closure.Where(c => !inPlay.Contains(c)).ToList();
        foreach (var member in bringsIn)
        {
            if (!catalogue.TryGetValue(member, out var spec))
            {
                return new Addition(code, bringsIn, new RuleClash(RuleClashKind.RequiresUnknown, code, code, member));
            }
            if (member != code && unavailable(spec) is { } why)
            {
                return new Addition(code, bringsIn, new RuleClash(RuleClashKind.RequiresUnavailable, code, member, member, why));
            }
            if (spec.Requires.FirstOrDefault(r => !catalogue.ContainsKey(r)) is { } missing)
            {
                return new Addition(code, bringsIn, new RuleClash(RuleClashKind.RequiresUnknown, code, member, missing));
            }
            if (inPlay.ExcluderOf(member) is { } excluder)
            {
                return new Addition(code, bringsIn, new RuleClash(RuleClashKind.ExcludedByItemInPlay, code, member, excluder));
            }
            foreach (var excluded in spec.Excludes)
            {
                if (inPlay.Contains(excluded))
                {
                    return new Addition(code, bringsIn, new RuleClash(RuleClashKind.ExcludesItemInPlay, code, member, excluded));
                }
                if (closure.Contains(excluded))
                {
                    return new Addition(code, bringsIn, new RuleClash(RuleClashKind.ExcludesWhatItNeeds, code, member, excluded));
                }
            }
        }
        return new Addition(code, bringsIn, null);
    }
}
