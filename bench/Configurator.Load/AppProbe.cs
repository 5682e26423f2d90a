using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Configurator.Load;

/// <summary>The app process at one moment, read from outside it: CPU time and RSS from /proc, GC totals from the startup hook, the log's length.</summary>
public sealed record AppSnapshot(double? CpuSeconds, long? RssBytes, GcTotals? Gc, long LogLength);

/// <summary>What the startup hook answers: bytes allocated since start, collections per generation, total GC pause, server GC or not.</summary>
public sealed record GcTotals(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Pause, bool ServerGc)
{
    public static GcTotals Parse(string line)
    {
        var f = line.Trim().Split(' ');
        var c = CultureInfo.InvariantCulture;
        return new GcTotals(long.Parse(f[0], c), int.Parse(f[1], c), int.Parse(f[2], c), int.Parse(f[3], c), TimeSpan.FromTicks(long.Parse(f[4], c)), f[5] == "server");
    }
}

/// <summary>
/// Reads the app the script started without touching its code: /proc/PID for CPU time and memory, the
/// startup hook's Unix socket for GC totals (absent → no allocation figures), and the app's own request log
/// ("HTTP POST /path responded 200 in 23.4 ms", written by its RequestLogging middleware) for server-side times.
/// </summary>
public sealed partial class AppProbe(int? pid, string? gcSocket, string? logPath)
{
    // /proc reports CPU time in USER_HZ ticks, 100 a second on Linux.
    private const double TicksPerSecond = 100;

    private static readonly TimeSpan _settle = TimeSpan.FromMilliseconds(600);

    public bool HasGc { get; private set; } = gcSocket is not null;

    public async Task<AppSnapshot> TakeAsync()
    {
        return new AppSnapshot(Cpu(), Rss(), await GcAsync(), logPath is null || !File.Exists(logPath) ? 0 : new FileInfo(logPath).Length);
    }

    /// <summary>Waits for the app's console logger to write what it queued, then takes a snapshot (before a phase).</summary>
    public async Task<AppSnapshot> SettleAndTakeAsync()
    {
        await Task.Delay(_settle);
        return await TakeAsync();
    }

    /// <summary>CPU and GC at once, as the phase ends; the log's length once the logger has written the phase's lines.</summary>
    public async Task<AppSnapshot> TakeThenSettleLogAsync()
    {
        var now = await TakeAsync();
        await Task.Delay(_settle);
        return now with { LogLength = logPath is null || !File.Exists(logPath) ? 0 : new FileInfo(logPath).Length };
    }

    private double? Cpu()
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ": state is field 3, utime field 14, stime field 15 (1-based), so indexes 11 and 12 here.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    private long? Rss()
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private async Task<GcTotals?> GcAsync()
    {
        if (gcSocket is null || !HasGc)
        {
            return null;
        }
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(gcSocket), timeout.Token);
            var buffer = new byte[256];
            var text = new StringBuilder();
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            return GcTotals.Parse(text.ToString());
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException or FormatException or IndexOutOfRangeException)
        {
            Console.WriteLine($"  (no GC totals from the startup hook: {error.Message}; allocation is not measured)");
            HasGc = false;
            return null;
        }
    }

    /// <summary>
    /// Server-side times of the requests the app logged between two snapshots whose method and path match:
    /// the app's RequestLogging middleware measures from just after the security headers to the end of the
    /// pipeline, so Kestrel's parsing and the socket are not in it.
    /// </summary>
    public Samples ServerTimes(string label, AppSnapshot from, AppSnapshot to, string method, Regex path, out int refused)
    {
        var samples = new Samples(label);
        refused = 0;
        if (logPath is null || to.LogLength <= from.LogLength)
        {
            return samples;
        }
        using var stream = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from.LogLength, SeekOrigin.Begin);
        var bytes = new byte[to.LogLength - from.LogLength];
        stream.ReadExactly(bytes);
        foreach (Match m in LoggedRequest().Matches(Encoding.UTF8.GetString(bytes)))
        {
            if (m.Groups["method"].Value != method || !path.IsMatch(m.Groups["path"].Value))
            {
                continue;
            }
            if (m.Groups["status"].Value != "200")
            {
                refused++;
                continue;
            }
            samples.Add(double.Parse(m.Groups["ms"].Value.Replace(',', '.'), CultureInfo.InvariantCulture));
        }
        return samples;
    }

    [GeneratedRegex(@"HTTP (?<method>[A-Z]+) (?<path>\S+) responded (?<status>[0-9]{3}) in (?<ms>[0-9]+(?:[.,][0-9]+)?) ms")]
    private static partial Regex LoggedRequest();
}
