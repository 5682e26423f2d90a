namespace Configurator.Web.Features.Insights;

/// <summary>The insight filters plus which figure's proposals to list (see <see cref="OutcomeSelection"/>).</summary>
public sealed class OutcomeListQuery
{
    /// <summary>A differentiation band code, e.g. <c>30-50</c>.</summary>
    public string? Band { get; set; }

    /// <summary>A discount band code, e.g. <c>5-10</c>.</summary>
    public string? DiscountBand { get; set; }

    /// <summary><c>won</c> or <c>lost</c>; both when empty.</summary>
    public string? Outcome { get; set; }

    /// <summary>A lost reason code (the portal's decline reasons, or <c>team</c>).</summary>
    public string? Reason { get; set; }
}
