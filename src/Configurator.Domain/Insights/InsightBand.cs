namespace Configurator.Domain.Insights;

/// <summary>A range of percentages, the lower bound inclusive; the last band of a set also takes its upper bound (100).</summary>
public sealed record InsightBand(string Code, decimal From, decimal To)
{
    public bool Holds(decimal percent, bool last) => percent >= From && (percent < To || (last && percent <= To));
}
