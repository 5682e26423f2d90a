using Configurator.Domain.Insights;

namespace Configurator.Web.Features.Insights;

/// <summary>How many proposals were lost for one reason in each band (codes as in <see cref="InsightBands"/>).</summary>
public sealed record LostReasonRow(string Reason, IReadOnlyList<(string Band, int Lost)> Bands)
{
    public int Lost => Bands.Sum(b => b.Lost);
}
