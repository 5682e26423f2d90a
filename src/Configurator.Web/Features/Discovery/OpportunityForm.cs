namespace Configurator.Web.Features.Discovery;

public sealed class OpportunityForm
{
    public string? Name { get; set; }

    public string? Currency { get; set; } = "EUR";

    public DateOnly? ExpectedClose { get; set; }

    public decimal? Budget { get; set; }

    /// <summary>Competitors separated by commas.</summary>
    public string? Competitors { get; set; }

    public int Version { get; set; }
}
