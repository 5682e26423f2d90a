namespace Configurator.Web.Features.Discovery;

/// <summary>The opportunity list's filters and order as sent (page or API); <see cref="OpportunityList"/> checks them.</summary>
public sealed class OpportunityListQuery
{
    /// <summary>Part of the opportunity's or its account's name.</summary>
    public string? Q { get; set; }

    /// <summary>A user's id, <c>me</c> or <c>anyone</c>.</summary>
    public string? Owner { get; set; }

    /// <summary>A stage code, or <c>open</c> for every stage before won or lost.</summary>
    public string? Stage { get; set; }

    /// <summary>An account's id.</summary>
    public string? Account { get; set; }

    /// <summary><c>this-month</c> or <c>this-quarter</c>; or a range with <see cref="CloseFrom"/> and <see cref="CloseTo"/>.</summary>
    public string? Close { get; set; }

    /// <summary>yyyy-MM-dd, included.</summary>
    public string? CloseFrom { get; set; }

    /// <summary>yyyy-MM-dd, included.</summary>
    public string? CloseTo { get; set; }

    /// <summary><c>close</c>, <c>-close</c>, <c>value</c>, <c>-value</c> or <c>id</c>.</summary>
    public string? Sort { get; set; }
}
