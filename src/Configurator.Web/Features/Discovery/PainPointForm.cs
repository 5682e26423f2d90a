using System.Globalization;

namespace Configurator.Web.Features.Discovery;

/// <summary>The one-line capture form a rep fills during a meeting, and the in-place edit form.</summary>
public sealed class PainPointForm
{
    public string? Title { get; set; }

    public string? Category { get; set; }

    public int? Severity { get; set; } = 3;

    public decimal? AnnualImpact { get; set; }

    public string? ClientWords { get; set; }

    public int? RaisedBy { get; set; }

    /// <summary>The version the rep saw; a stale one is a conflict, not an overwrite.</summary>
    public int Version { get; set; }

    public PainPointInput ToInput() => new(Title, Category, ClientWords, Severity, AnnualImpact, RaisedBy?.ToString(CultureInfo.InvariantCulture), Version);
}
