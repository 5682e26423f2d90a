namespace Configurator.Web.Data;

/// <summary>
/// Functions for queries over stored instants. SQLite keeps a DateTimeOffset as text and refuses to compare it, so a
/// period filter compares the instant's UTC day instead; each provider's context says how its database finds that day.
/// </summary>
public static class StoredDates
{
    /// <summary>The UTC day of a stored instant, worked out by the database (only inside a query).</summary>
    public static DateOnly Day(DateTimeOffset at) => throw new InvalidOperationException($"{nameof(StoredDates)}.{nameof(Day)} runs in the database, inside a query.");
}
