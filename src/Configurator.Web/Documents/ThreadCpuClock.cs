using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Configurator.Web.Documents;

/// <summary>
/// The processor time the calling thread has used so far. A template's time limits count this, not the
/// wall clock: on a busy machine (other requests, a PDF printing, a collection pausing every thread) a
/// text that does little work must not be stopped as slow. Where the system gives no per-thread figure,
/// it falls back to the wall clock.
/// </summary>
public static class ThreadCpuClock
{
    private const int LinuxThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID in Linux's <time.h>
    private const int MacThreadCpuTime = 16; // the same in macOS's

    /// <summary>Whether <see cref="Now"/> counts the thread's processor time (false: the wall clock).</summary>
    public static bool CountsProcessorTime { get; } = Probe();

    public static TimeSpan Now()
    {
        if (CountsProcessorTime)
        {
            if (OperatingSystem.IsWindows())
            {
                GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user);
                return TimeSpan.FromTicks(kernel + user);
            }
            clock_gettime(OperatingSystem.IsMacOS() ? MacThreadCpuTime : LinuxThreadCpuTime, out var time);
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        }
        return Stopwatch.GetElapsedTime(0);
    }

    private static bool Probe()
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                return GetThreadTimes(GetCurrentThread(), out _, out _, out _, out _);
            }
            return (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
                && clock_gettime(OperatingSystem.IsMacOS() ? MacThreadCpuTime : LinuxThreadCpuTime, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [DllImport("kernel32")]
    private static extern nint GetCurrentThread();

    [DllImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(nint thread, out long creation, out long exit, out long kernel, out long user);
}
