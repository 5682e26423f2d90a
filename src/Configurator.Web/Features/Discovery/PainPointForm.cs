namespace Configurator.Web.Features.Discovery;

/// <summary>The one-line capture form a rep fills during a meeting.</summary>
public sealed class PainPointForm
{
    public string? Title { get; set; }

    public string? Category { get; set; }

    public int? Severity { get; set; } = 3;

    public decimal? AnnualImpact { get; set; }

    public string? ClientWords { get; set; }
}
