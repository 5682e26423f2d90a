namespace Configurator.Domain.Engine;

public enum CoverageStatus
{
    Uncovered,
    Weak,
    Covered,
}

/// <summary>How well a pain point is answered, and by which lines.</summary>
public sealed record PainCoverage(ClientPain Pain, int Strength, CoverageStatus Status, IReadOnlyList<int> LineIds);

/// <summary>A line and the pain points it answers (by their ids, most pressing first as given).</summary>
public sealed record LineAnswers(int LineId, IReadOnlyList<int> PainPointIds);

/// <summary>
/// Traceability between lines and pain points: a line answers a pain point when its item addresses the
/// pain point's category. Strength 3 or 2 is covered, 1 weak, none uncovered.
/// </summary>
public static class Coverage
{
    public static CoverageStatus StatusOf(int strength) => strength switch
    {
        >= 2 => CoverageStatus.Covered,
        1 => CoverageStatus.Weak,
        _ => CoverageStatus.Uncovered,
    };

    public static IReadOnlyList<PainCoverage> Trace(IReadOnlyList<ConfigurationLine> lines, IReadOnlyList<ClientPain> pains)
    {
        var byCategory = LinesByCategory(lines);
        var result = new List<PainCoverage>(pains.Count);
        foreach (var pain in pains)
        {
            if (!byCategory.TryGetValue(pain.Category, out var answering))
            {
                result.Add(new PainCoverage(pain, 0, CoverageStatus.Uncovered, []));
                continue;
            }
            var strength = 0;
            var ids = new int[answering.Count];
            for (var i = 0; i < answering.Count; i++)
            {
                strength = Math.Max(strength, answering[i].Strength);
                ids[i] = lines[answering[i].Line].Id;
            }
            result.Add(new PainCoverage(pain, strength, StatusOf(strength), ids));
        }
        return result;
    }

    public static IReadOnlyList<LineAnswers> Answers(IReadOnlyList<ConfigurationLine> lines, IReadOnlyList<ClientPain> pains)
    {
        var painsByCategory = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < pains.Count; p++)
        {
            if (!painsByCategory.TryGetValue(pains[p].Category, out var list))
            {
                painsByCategory[pains[p].Category] = list = [];
            }
            list.Add(p);
        }
        var result = new List<LineAnswers>(lines.Count);
        var found = new List<int>();
        foreach (var line in lines)
        {
            found.Clear();
            foreach (var address in line.Item.Addresses)
            {
                if (address.Strength > 0 && painsByCategory.TryGetValue(address.Category, out var list))
                {
                    found.AddRange(list);
                }
            }
            if (line.Item.Addresses.Count > 1)
            {
                found.Sort();
            }
            var ids = new List<int>(found.Count);
            for (var i = 0; i < found.Count; i++)
            {
                if (i == 0 || found[i] != found[i - 1])
                {
                    ids.Add(pains[found[i]].Id);
                }
            }
            result.Add(new LineAnswers(line.Id, ids));
        }
        return result;
    }

    /// <summary>For each category, the lines (by position) that address it and how strongly, in line order.</summary>
    internal static Dictionary<string, List<(int Line, int Strength)>> LinesByCategory(IReadOnlyList<ConfigurationLine> lines)
    {
        var byCategory = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var l = 0; l < lines.Count; l++)
        {
            foreach (var address in lines[l].Item.Addresses)
            {
                if (address.Strength <= 0)
                {
                    continue;
                }
                if (!byCategory.TryGetValue(address.Category, out var list))
                {
                    byCategory[address.Category] = list = [];
                }
                if (list.Count > 0 && list[^1].Item1 == l)
                {
                    list[^1] = (l, Math.Max(list[^1].Item2, address.Strength));
                }
                else
                {
                    list.Add((l, address.Strength));
                }
            }
        }
        return byCategory;
    }
}
