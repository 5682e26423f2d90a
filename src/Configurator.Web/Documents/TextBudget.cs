using System.Diagnostics;

namespace Configurator.Web.Documents;

/// <summary>
/// The time one document (or one builder view) has for all its item texts together: each text's render
/// is charged to it, and a text that starts when it is spent is not rendered. Safe to share between threads.
/// </summary>
public sealed class TextBudget(TimeSpan total)
{
    private long _spentTicks;

    public TimeSpan Total { get; } = total;

    public TimeSpan Remaining => Total - Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _spentTicks));

    public bool IsSpent => Remaining <= TimeSpan.Zero;

    /// <summary>Charges the time since <paramref name="startedAt"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void Charge(long startedAt) => Interlocked.Add(ref _spentTicks, Stopwatch.GetTimestamp() - startedAt);
}
