namespace Configurator.Domain.Discovery;

/// <summary>The first and last day of a <see cref="ClosePeriod"/>: calendar months and quarters, both ends included.</summary>
public static class ClosePeriods
{
    public static (DateOnly From, DateOnly To) Range(this ClosePeriod period, DateOnly today)
    {
        var months = period == ClosePeriod.ThisMonth ? 1 : 3;
        var firstMonth = period == ClosePeriod.ThisMonth ? today.Month : ((today.Month - 1) / 3 * 3) + 1;
        var from = new DateOnly(today.Year, firstMonth, 1);
        return (from, from.AddMonths(months).AddDays(-1));
    }
}
