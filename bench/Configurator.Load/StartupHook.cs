using System.Globalization;
using System.Net.Sockets;
using System.Runtime;
using System.Text;

/// <summary>
/// Loaded into the app by bench/builder.sh through DOTNET_STARTUP_HOOKS (the runtime's documented way to run
/// code in a process without changing it), so the load generator can read the app's GC totals from outside:
/// each connection to the Unix socket named by CONFIGURATOR_BENCH_GC_SOCKET gets one line — bytes allocated
/// since start, gen 0 / 1 / 2 collections, total GC pause in ticks, "server" or "workstation" — and is closed.
/// It costs the app one idle thread. The runtime wants this exact type name in no namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("CONFIGURATOR_BENCH_GC_SOCKET");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }
        File.Delete(path);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(4);
        var thread = new Thread(() => Serve(listener)) { IsBackground = true, Name = "bench GC totals" };
        thread.Start();
    }

    private static void Serve(Socket listener)
    {
        while (true)
        {
            using var client = listener.Accept();
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {GC.GetTotalPauseDuration().Ticks} {(GCSettings.IsServerGC ? "server" : "workstation")}\n");
            client.Send(Encoding.ASCII.GetBytes(line));
            client.Shutdown(SocketShutdown.Both);
        }
    }
}
