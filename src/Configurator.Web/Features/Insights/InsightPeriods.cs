namespace Configurator.Web.Features.Insights;

/// <summary>The periods an insight is asked for by name; a range is given with from and to.</summary>
public static class InsightPeriods
{
    public const string Last90Days = "90d";
    public const string Last12Months = "12m";
    public const string All = "all";
    public const string Range = "range";
    public const string Default = Last12Months;

    public static readonly IReadOnlyList<string> Named = [Last90Days, Last12Months, All];

    /// <summary>The first day of a named period ending <paramref name="today"/>; null for all time.</summary>
    public static DateOnly? Start(string period, DateOnly today) => period switch
    {
        Last90Days => today.AddDays(-89),
        Last12Months => today.AddMonths(-12).AddDays(1),
        _ => null,
    };
}
