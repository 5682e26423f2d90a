namespace Configurator.Web.Features.Shared;

/// <summary>Today's calendar date, for due dates and periods: the date in UTC, the same for every user until time zones per user exist.</summary>
public static class Today
{
    public static DateOnly Date(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
