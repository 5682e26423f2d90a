namespace Configurator.Domain.Catalogue;

/// <summary>
/// The one rule for finding offer items by what a person types: every word must be found in the item's
/// code, name, summary, differentiators, or the name or description of a pain category it answers.
/// Words match by their stem ("training" finds "trained"), so people can search by what the client
/// needs, not only by the catalogue's names. Code and name matches rank above the rest.
/// </summary>
public static class ItemSearch
{
    private const int NameWeight = 4;
    private const int TextWeight = 2;
    private const int CategoryWeight = 1;
    private const int ShortestStem = 3;

    private static readonly string[] _suffixes = ["ings", "ing", "ed", "es", "s", "er"];

    /// <summary>How well the item matches: 0 when some word is found nowhere, higher for matches on code and name.</summary>
    public static int Relevance(OfferItemSpec item, string query, IReadOnlyDictionary<string, PainCategorySpec> categories)
    {
        var words = Words(query);
        if (words.Count == 0)
        {
            return 0;
        }
        var categoryTexts = item.Addresses.Select(a => categories.GetValueOrDefault(a.Category)).OfType<PainCategorySpec>()
            .SelectMany(c => new[] { c.Name, c.Description }.Concat(c.Translations.Values.SelectMany(t => new[] { t.Name, t.Description }))).ToList();
        // Words in every language count, so a search in Chinese finds what the catalogue has translated.
        var names = new[] { item.Code, item.Name }.Concat(item.Translations.Values.Select(t => t.Name)).ToList();
        var texts = new[] { item.Summary }.Concat(item.Differentiators)
            .Concat(item.Translations.Values.SelectMany(t => t.Differentiators.Prepend(t.Summary))).ToList();
        var score = 0;
        foreach (var word in words)
        {
            var best = Found(word, names) ? NameWeight
                : Found(word, texts) ? TextWeight
                : Found(word, categoryTexts) ? CategoryWeight
                : 0;
            if (best == 0)
            {
                return 0;
            }
            score += best;
        }
        return score;
    }

    private static bool Found(string word, IEnumerable<string> texts)
    {
        var stem = Stem(word);
        foreach (var text in texts)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (stem.Length >= ShortestStem && Words(text).Any(w => Stem(w).StartsWith(stem, StringComparison.Ordinal)))
            {
                return true;
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

    private static string Stem(string word)
    {
        foreach (var suffix in _suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= ShortestStem)
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }
}
