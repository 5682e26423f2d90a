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
        var result = new List<PainCoverage>(pains.Count);
        foreach (var pain in pains)
        {
            var strength = 0;
            var answering = new List<int>();
            foreach (var line in lines)
            {
                var s = line.Item.StrengthFor(pain.Category);
                if (s > 0)
                {
                    answering.Add(line.Id);
                    strength = Math.Max(strength, s);
                }
            }
            result.Add(new PainCoverage(pain, strength, StatusOf(strength), answering));
        }
        return result;
    }

    public static IReadOnlyList<LineAnswers> Answers(IReadOnlyList<ConfigurationLine> lines, IReadOnlyList<ClientPain> pains) =>
        lines.Select(l => new LineAnswers(l.Id, pains.Where(p => l.Item.StrengthFor(p.Category) > 0).Select(p => p.Id).ToList())).ToList();
}
