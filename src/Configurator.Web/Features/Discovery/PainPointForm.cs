using System.Globalization;

namespace Configurator.Web.Features.Discovery;

/// <summary>The one-line capture form a rep fills during a meeting, and the in-place edit form.</summary>
public sealed class PainPointForm
{
    public string? Title { get; set; }

    public string? Category { get; set; }

    public int? Severity { get; set; } = 3;

    /// <summary>As typed ("45k", "€30,000"); read by <see cref="AmountFields"/> in the opportunity's currency.</summary>
    public string? AnnualImpact { get; set; }

    public string? ClientWords { get; set; }

    public int? RaisedBy { get; set; }

    /// <summary>The version the rep saw; a stale one is a conflict, not an overwrite.</summary>
    public int Version { get; set; }

    public PainPointInput ToInput(decimal? annualImpact) => new(Title, Category, ClientWords, Severity, annualImpact, RaisedBy?.ToString(CultureInfo.InvariantCulture), Version);
}
