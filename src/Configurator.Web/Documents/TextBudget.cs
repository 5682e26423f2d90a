namespace Configurator.Web.Documents;

/// <summary>
/// The time one document (or one builder view) has for all its item texts together: each text's render
/// is charged to it, and a text that starts when it is spent is not rendered. Time here is the rendering
/// thread's processor time (<see cref="ThreadCpuClock"/>), so a busy machine does not spend it. Safe to
/// share between threads.
/// </summary>
public sealed class TextBudget(TimeSpan total)
{
    private long _spentTicks;

    public TimeSpan Total { get; } = total;

    public TimeSpan Remaining => Total - TimeSpan.FromTicks(Interlocked.Read(ref _spentTicks));

    public bool IsSpent => Remaining <= TimeSpan.Zero;

    /// <summary>Charges the calling thread's processor time since <paramref name="startedAt"/> (a <see cref="ThreadCpuClock.Now"/>).</summary>
    public void Charge(TimeSpan startedAt) => Interlocked.Add(ref _spentTicks, (ThreadCpuClock.Now() - startedAt).Ticks);
}
