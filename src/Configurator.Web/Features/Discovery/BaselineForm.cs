namespace Configurator.Web.Features.Discovery;

/// <summary>"Client confirmed the cost" on a pain point, as typed; read into a <see cref="BaselineInput"/> for the same use case the API calls.</summary>
public sealed class BaselineForm
{
    /// <summary>As typed ("120k", "€120,000"); read by <see cref="AmountFields"/> in the opportunity's currency.</summary>
    public string? Amount { get; set; }

    /// <summary>A person of the deal's account.</summary>
    public int? ConfirmedBy { get; set; }

    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>The pain point's version the rep saw; a stale one is a conflict, not an overwrite.</summary>
    public int Version { get; set; }

    public BaselineInput ToInput(decimal? amount) => new(amount, ConfirmedBy, ConfirmedOn, Version);
}
