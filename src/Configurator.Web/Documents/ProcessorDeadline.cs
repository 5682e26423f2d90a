using System.Diagnostics;

namespace Configurator.Web.Documents;

/// <summary>
/// A limit on the calling thread's processor time, cheap enough to check on every write of a template. A thread
/// cannot use more processor time than passes on the clock, so the clock (a few nanoseconds to read) is watched
/// until the limit has passed on it; only then is the processor time read (a system call) and, while some is
/// left, the clock set to watch for that much more.
/// </summary>
public sealed class ProcessorDeadline(TimeSpan limit)
{
    private readonly TimeSpan _processorDeadline = ThreadCpuClock.Now() + limit;
    private long _clockDeadline = Stopwatch.GetTimestamp() + Ticks(limit);

    public bool HasPassed()
    {
        var now = Stopwatch.GetTimestamp();
        if (now < _clockDeadline)
        {
            return false;
        }
        var left = _processorDeadline - ThreadCpuClock.Now();
        if (left <= TimeSpan.Zero)
        {
            return true;
        }
        _clockDeadline = now + Ticks(left);
        return false;
    }

    private static long Ticks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);
}
