using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class ClosePeriodsTests
{
    [Theory]
    [InlineData(ClosePeriod.ThisMonth, "2026-11-29", "2026-11-01", "2026-11-30")]
    [InlineData(ClosePeriod.ThisMonth, "2028-02-10", "2028-02-01", "2028-02-29")]
    [InlineData(ClosePeriod.ThisQuarter, "2026-11-29", "2026-10-01", "2026-12-31")]
    [InlineData(ClosePeriod.ThisQuarter, "2027-01-01", "2027-01-01", "2027-03-31")]
    public void RangeIsTheCalendarPeriodWithBothEnds(ClosePeriod period, string today, string from, string to)
    {
        var range = period.Range(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), range.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), range.To);
    }
}
