using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>
/// An SMTP server inside the test process, on a free port of the loopback address: the app's mail is read back
/// as MIME messages and never reaches the network. <see cref="Settings"/> points the app at it;
/// <see cref="WaitForAsync"/> waits for the mail to arrive; <see cref="RefuseNext"/> makes the server say no.
/// </summary>
public sealed class InProcessSmtp : IDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _refusals;
    private int _refused;
    private int _sessions;
    private int _disposed;

    private InProcessSmtp(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _ = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The mails accepted so far, in the order they arrived.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>Mails the server answered with a refusal.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Connections the app opened.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>The app's <c>Smtp:*</c> settings for this server (no TLS; retries after a fifth of a second).</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "proposals@configurator.test",
        ["Smtp:FromName"] = "Configurator",
        ["Smtp:RetryDelay"] = "00:00:00.200",
    };

    /// <summary>Starts a server on a port nobody listens on.</summary>
    public static InProcessSmtp Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new InProcessSmtp(port);
    }

    /// <summary>The next <paramref name="count"/> mails are refused with "554 transaction failed", as a server in trouble does.</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refusals, count);

    /// <summary>Waits until at least <paramref name="count"/> mails have arrived in all (10 seconds unless told), and returns them all.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_received.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new Xunit.Sdk.XunitException($"Expected {count} mail(s) at the test SMTP server; {_received.Count} arrived.");
            }
        }
        return Received;
    }

    /// <summary>The mails to one address.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Received.Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Stops the server; a second call (a factory disposed twice) does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _server.Shutdown();
        _stop.Cancel();
        _stop.Dispose();
    }

    private sealed class Store(InProcessSmtp owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref owner._refusals) >= 0)
            {
                Interlocked.Increment(ref owner._refused);
                return SmtpResponse.TransactionFailed;
            }
            Interlocked.Exchange(ref owner._refusals, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            owner._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            owner._arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
