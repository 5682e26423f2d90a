namespace Configurator.Web.Features.Insights;

/// <summary>The filters every insight takes, as sent by a page or the API; <see cref="InsightFilters"/> checks them.</summary>
public sealed class InsightQuery
{
    /// <summary><c>90d</c>, <c>12m</c> (the default), <c>all</c>; or a range with <see cref="From"/> and <see cref="To"/>.</summary>
    public string? Period { get; set; }

    /// <summary>yyyy-MM-dd, included.</summary>
    public string? From { get; set; }

    /// <summary>yyyy-MM-dd, included.</summary>
    public string? To { get; set; }

    /// <summary>A user's id, <c>me</c> or <c>anyone</c>: whose opportunities.</summary>
    public string? Owner { get; set; }

    /// <summary>One of the configured industries.</summary>
    public string? Industry { get; set; }

    /// <summary>One of the configured regions.</summary>
    public string? Region { get; set; }
}
