using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>Why a line is in a solution, in the words every line shows: which pain points it answers, and how strongly.</summary>
public static class LineReason
{
    private const int Named = 5;

    /// <summary>
    /// "Answers “Returns pile up” (strong), “Stock never matches” (weak) and 2 more", heaviest pain
    /// first (<see cref="Recommender.Weight"/>), or null when the item answers none of them.
    /// </summary>
    public static string? Answers(ItemSnapshot item, IReadOnlyList<ClientPain> pains)
    {
        var largestImpact = pains.Count == 0 ? 0 : pains.Max(p => p.AnnualImpact ?? 0);
        var answered = pains
            .Select(p => (Pain: p, Strength: item.StrengthFor(p.Category)))
            .Where(a => a.Strength > 0)
            .OrderByDescending(a => Recommender.Weight(a.Pain, largestImpact)).ThenBy(a => a.Pain.Id)
            .ToList();
        if (answered.Count == 0)
        {
            return null;
        }
        var named = string.Join(", ", answered.Take(Named).Select(a => $"“{a.Pain.Title}” ({CatalogueTerms.StrengthLabel(a.Strength)})"));
        return $"Answers {named}{(answered.Count > Named ? $" and {answered.Count - Named} more" : "")}";
    }

    /// <summary>The reason of a line presales add by hand.</summary>
    public static string AddedByPresales(ItemSnapshot item, IReadOnlyList<ClientPain> pains) =>
        Answers(item, pains) is { } answers
            ? $"Added by presales. {answers}."
            : "Added by presales; it answers none of the captured pain points.";

    /// <summary>The reason of a line that comes in because another requires it.</summary>
    public static string RequiredBy(string code, string name) => $"Required by {code} ({name}).";
}
