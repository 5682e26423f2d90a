using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>Why a line is in a solution, in the words every line shows: which pain points it answers, and how strongly.</summary>
public static class LineReason
{
    private const int Named = 5;

    /// <summary>The pain points heaviest first (<see cref="Recommender.Weight"/>), then by id: the order reasons name them in.</summary>
    public static IReadOnlyList<ClientPain> HeaviestFirst(IReadOnlyList<ClientPain> pains)
    {
        var largestImpact = pains.Count == 0 ? 0 : pains.Max(p => p.AnnualImpact ?? 0);
        return [.. pains.OrderByDescending(p => Recommender.Weight(p, largestImpact)).ThenBy(p => p.Id)];
    }

    /// <summary>
    /// "Answers “Returns pile up” (strong), “Stock never matches” (weak) and 2 more", or null when the
    /// item answers none of the pain points.
    /// </summary>
    /// <param name="heaviestFirst">The pain points as <see cref="HeaviestFirst"/> orders them (rank once, name many lines).</param>
    public static string? Answers(ItemSnapshot item, IReadOnlyList<ClientPain> heaviestFirst)
    {
        var answered = 0;
        var named = new List<string>(Named);
        foreach (var pain in heaviestFirst)
        {
            var strength = item.StrengthFor(pain.Category);
            if (strength > 0 && ++answered <= Named)
            {
                named.Add($"“{pain.Title}” ({CatalogueTerms.StrengthLabel(strength)})");
            }
        }
        return answered == 0 ? null : $"Answers {string.Join(", ", named)}{(answered > Named ? $" and {answered - Named} more" : "")}";
    }

    /// <summary>The reason of a line presales add by hand.</summary>
    public static string AddedByPresales(ItemSnapshot item, IReadOnlyList<ClientPain> pains) =>
        Answers(item, HeaviestFirst(pains)) is { } answers
            ? $"Added by presales. {answers}."
            : "Added by presales; it answers none of the captured pain points.";

    /// <summary>The reason of a line that comes in because another requires it.</summary>
    public static string RequiredBy(string code, string name) => $"Required by {code} ({name}).";
}
