namespace Configurator.Domain.Catalogue;

/// <summary>
/// The one rule for finding offer items by what a person types: every word must be found in the item's
/// code, name, summary, differentiators, or the name or description of a pain category it answers.
/// Words match by their stem ("training" finds "trained"), so people can search by what the client
/// needs, not only by the catalogue's names. Code and name matches rank above the rest. Words in every
/// language count, so a search in Chinese finds what the catalogue has translated.
/// </summary>
/// <remarks>
/// The type-ahead asks this of every item in the catalogue on each keystroke, so the query is read once
/// (<see cref="For"/>) and an item's texts are scanned in place: nothing is allocated per item.
/// </remarks>
public sealed class ItemSearch
{
    private const int NameWeight = 4;
    private const int TextWeight = 2;
    private const int CategoryWeight = 1;
    private const int ShortestStem = 3;

    private static readonly string[] _suffixes = ["ings", "ing", "ed", "es", "s", "er"];

    private readonly (string Word, string Stem)[] _words;

    private ItemSearch((string Word, string Stem)[] words) => _words = words;

    /// <summary>The words of what a person typed, ready to be matched against many items.</summary>
    public static ItemSearch For(string query) =>
        new([.. Words(query).Select(w => (w, Stem(w.AsSpan()).ToString()))]);

    /// <summary>How well the item matches: 0 when some word is found nowhere, higher for matches on code and name.</summary>
    public static int Relevance(OfferItemSpec item, string query, IReadOnlyDictionary<string, PainCategorySpec> categories) =>
        For(query).Relevance(item, categories);

    /// <inheritdoc cref="Relevance(OfferItemSpec, string, IReadOnlyDictionary{string, PainCategorySpec})"/>
    public int Relevance(OfferItemSpec item, IReadOnlyDictionary<string, PainCategorySpec> categories)
    {
        if (_words.Length == 0)
        {
            return 0;
        }
        var score = 0;
        foreach (var (word, stem) in _words)
        {
            var best = InNames(item, word, stem) ? NameWeight
                : InTexts(item, word, stem) ? TextWeight
                : InCategories(item, categories, word, stem) ? CategoryWeight
                : 0;
            if (best == 0)
            {
                return 0;
            }
            score += best;
        }
        return score;
    }

    /// <summary>
    /// The items that match, best first: by <see cref="Relevance(OfferItemSpec, IReadOnlyDictionary{string, PainCategorySpec})"/>,
    /// so for each word an item whose code or name has it ranks above one whose summary or differentiators have it, and both
    /// above one that only answers a pain category named by it; then by <paramref name="alsoWeigh"/> (higher first, e.g. how
    /// many of the client's open pain points the item answers); then by code, so the order never changes between keystrokes.
    /// </summary>
    public IReadOnlyList<ItemMatch> Rank(IEnumerable<OfferItemSpec> items, IReadOnlyDictionary<string, PainCategorySpec> categories, Func<OfferItemSpec, int>? alsoWeigh = null) =>
        [.. items
            .Select(item => new ItemMatch(item, Relevance(item, categories)))
            .Where(m => m.Relevance > 0)
            .OrderByDescending(m => m.Relevance)
            .ThenByDescending(m => alsoWeigh?.Invoke(m.Item) ?? 0)
            .ThenBy(m => m.Item.Code, StringComparer.Ordinal)];

    private static bool InNames(OfferItemSpec item, string word, string stem)
    {
        if (Found(word, stem, item.Code) || Found(word, stem, item.Name))
        {
            return true;
        }
        foreach (var texts in item.Translations.Values)
        {
            if (Found(word, stem, texts.Name))
            {
                return true;
            }
        }
        return false;
    }

    private static bool InTexts(OfferItemSpec item, string word, string stem)
    {
        if (Found(word, stem, item.Summary) || FoundInAny(word, stem, item.Differentiators))
        {
            return true;
        }
        foreach (var texts in item.Translations.Values)
        {
            if (Found(word, stem, texts.Summary) || FoundInAny(word, stem, texts.Differentiators))
            {
                return true;
            }
        }
        return false;
    }

    private static bool InCategories(OfferItemSpec item, IReadOnlyDictionary<string, PainCategorySpec> categories, string word, string stem)
    {
        foreach (var address in item.Addresses)
        {
            if (!categories.TryGetValue(address.Category, out var category))
            {
                continue;
            }
            if (Found(word, stem, category.Name) || Found(word, stem, category.Description))
            {
                return true;
            }
            foreach (var texts in category.Translations.Values)
            {
                if (Found(word, stem, texts.Name) || Found(word, stem, texts.Description))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool FoundInAny(string word, string stem, IReadOnlyList<string> texts)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            if (Found(word, stem, texts[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Found(string word, string stem, string text)
    {
        if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (stem.Length < ShortestStem)
        {
            return false;
        }
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (Stem(text.AsSpan(start, i - start)).StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var suffix in _suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && word.Length - suffix.Length >= ShortestStem)
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }
}

/// <summary>An item a search found, with how well it matched (<see cref="ItemSearch.Relevance(OfferItemSpec, IReadOnlyDictionary{string, PainCategorySpec})"/>).</summary>
public sealed record ItemMatch(OfferItemSpec Item, int Relevance);
