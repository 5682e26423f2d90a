using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Configurator.Load;

public sealed record BenchOptions(Uri BaseUri, string CataloguePath, int Runs, int Users, int Seconds, int Lines, string? AppLog, int? AppPid, string? GcSocket);

/// <summary>A line of a benchmark proposal: its id, the quantity it started with, its discount, and whether a change raised it by one.</summary>
public sealed class BenchLine(int id, int quantity, decimal discount)
{
    public int Id { get; } = id;

    public int Quantity { get; } = quantity;

    public decimal Discount { get; } = discount;

    public bool Raised { get; set; }

    /// <summary>The next quantity to send: one more than at the start, then back, so it always stays in the item's range.</summary>
    public int NextQuantity => Raised ? Quantity : Quantity + 1;
}

public sealed record BenchProposal(int Id, int OptionId, IReadOnlyList<BenchLine> Lines)
{
    public int Version { get; set; }
}

/// <summary>
/// The builder at scale: a generated catalogue, one proposal of 50 lines per simulated user, then each kind
/// of builder change timed from the client over keep-alive connections, alone and with every user sending
/// changes to their own proposal with no pause.
/// </summary>
public sealed partial class BuilderBench(BenchOptions options)
{
    private const string Presales = "presales@demo.local";

    private readonly AppProbe _probe = new(options.AppPid, options.GcSocket, options.AppLog);
    private readonly List<string> _table = [];

    public async Task<int> RunAsync()
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"builder bench: {options.Runs} samples per single-user figure, {options.Users} users for {options.Seconds} s, {options.Lines}-line proposals, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        using var api = new UserClient(options.BaseUri);
        var proposals = await PrepareAsync(api);

        var presales = await api.TokenAsync(Presales);
        var single = proposals[0];
        await ApiChangesAsync(api, presales, single);

        using (var browser = new UserClient(options.BaseUri))
        {
            await browser.SignInAsync(Presales);
            var (cold, version) = await browser.BuilderPageAsync(single.Id, single.OptionId);
            single.Version = version;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"builder page, first full load: {cold.Milliseconds:0} ms, {cold.Body.Length:N0} bytes"));
            await PageLoadsAsync(browser, single);
            await HtmxChangesAsync(browser, single);
            await SearchesAsync(browser, single);
            Console.WriteLine($"connections opened by the single user: {browser.Connections} (API client: {api.Connections})");
        }

        await ConcurrentChangesAsync(proposals);

        Console.WriteLine();
        Console.WriteLine($"load average at the end: {LoadAverage()} (other processes on this machine compete with the app and this client)");
        Console.WriteLine();
        Console.WriteLine("| figure | median | p90 | p95 | p99 | n |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        _table.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>Imports the catalogue and builds one proposal per user, grown through the API to the line count (each add is a sample).</summary>
    private async Task<List<BenchProposal>> PrepareAsync(UserClient api)
    {
        var catalogue = await File.ReadAllBytesAsync(options.CataloguePath);
        var product = await api.TokenAsync("product@demo.local");
        var import = await api.JsonAsync(HttpMethod.Post, "/api/v1/catalogue/import", catalogue, product);
        UserClient.Require(import, 200, "catalogue import");
        var items = JsonNode.Parse(catalogue)!["items"]!.AsArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import {items.Count:N0} items: {import.Milliseconds / 1000:0.0} s"));
        var active = items.Where(i => i!["status"]!.GetValue<string>() == "active").Select(i => i!["code"]!.GetValue<string>()).ToList();

        var rep = await api.TokenAsync("rep@demo.local");
        var account = await api.JsonAsync(HttpMethod.Post, "/api/v1/accounts", new { name = "Bench AG" }, rep);
        UserClient.Require(account, 201, "account");
        var accountId = account.Json["id"]!.GetValue<int>();

        var presales = await api.TokenAsync(Presales);
        var adds = new Samples($"API: add a line (proposals growing to {options.Lines} lines)");
        var creates = new Samples("API: create a proposal from the recommendation");
        var proposals = new List<BenchProposal>();
        for (var u = 0; u < options.Users; u++)
        {
            var pains = Enumerable.Range(0, 30).Select(i => new { title = $"Pain {i}", category = $"CAT-{i % 40:00}", severity = 1 + (i % 5), annualImpact = 10000 * (i + 1) }).ToList();
            var opportunity = await api.JsonAsync(HttpMethod.Post, "/api/v1/opportunities",
                new { accountId, name = $"Bench deal {u + 1}", currency = "EUR", painPoints = pains }, rep);
            UserClient.Require(opportunity, 201, "opportunity");
            var created = await api.JsonAsync(HttpMethod.Post, $"/api/v1/opportunities/{opportunity.Json["id"]!.GetValue<int>()}/proposals",
                new { title = $"Bench {u + 1}", termMonths = 36, recommend = true }, presales);
            UserClient.Require(created, 201, "proposal");
            if (u == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"create with the recommendation, first (indexes the catalogue): {created.Milliseconds:0} ms"));
            }
            else
            {
                creates.Add(created.Milliseconds);
            }
            var json = created.Json;
            var id = json["id"]!.GetValue<int>();
            var optionId = json["options"]![0]!["id"]!.GetValue<int>();
            var version = json["version"]!.GetValue<int>();
            var present = json["options"]![0]!["lines"]!.AsArray().Select(l => l!["itemCode"]!.GetValue<string>()).ToHashSet();
            foreach (var code in active)
            {
                if (present.Count >= options.Lines)
                {
                    break;
                }
                if (present.Contains(code))
                {
                    continue;
                }
                var added = await api.JsonAsync(HttpMethod.Post, $"/api/v1/proposals/{id}/options/{optionId}/lines", new { itemCode = code, version }, presales);
                if (added.Status == 201)
                {
                    version = added.Json["version"]!.GetValue<int>();
                    present.Add(code);
                    adds.Add(added.Milliseconds);
                }
            }
            var read = await api.GetAsync($"/api/v1/proposals/{id}", presales);
            UserClient.Require(read, 200, "proposal");
            var lines = read.Json["options"]![0]!["lines"]!.AsArray()
                .Select(l => new BenchLine(l!["id"]!.GetValue<int>(), l["quantity"]!.GetValue<int>(), l["discountPercent"]!.GetValue<decimal>())).ToList();
            if (lines.Count != options.Lines)
            {
                throw new InvalidOperationException($"Proposal {id} has {lines.Count} lines, not {options.Lines}.");
            }
            proposals.Add(new BenchProposal(id, optionId, lines) { Version = read.Json["version"]!.GetValue<int>() });
        }
        Console.WriteLine($"{proposals.Count} proposals of {options.Lines} lines, one per user");
        Console.WriteLine("  " + creates.Summary());
        Console.WriteLine("  " + adds.Summary());
        _table.Add(adds.Row(adds.Label));
        return proposals;
    }

    private async Task ApiChangesAsync(UserClient api, string token, BenchProposal proposal)
    {
        var read = await api.GetAsync($"/api/v1/proposals/{proposal.Id}", token);
        proposal.Version = read.Json["version"]!.GetValue<int>();
        var next = 0;
        async Task<Answer> Change()
        {
            var line = proposal.Lines[next++ % proposal.Lines.Count];
            var answer = await api.JsonAsync(HttpMethod.Patch, $"/api/v1/proposals/{proposal.Id}/options/{proposal.OptionId}/lines/{line.Id}",
                new { quantity = line.NextQuantity, version = proposal.Version }, token);
            UserClient.Require(answer, 200, "API change");
            line.Raised = !line.Raised;
            proposal.Version = answer.Json["version"]!.GetValue<int>();
            return answer;
        }
        await MeasureAsync("API: change a line's quantity (answer: the whole evaluated proposal)", "PATCH", ApiLinePath(), Change, "answer");
    }

    private async Task PageLoadsAsync(UserClient browser, BenchProposal proposal) =>
        await MeasureAsync("builder page, full load (warm)", "GET", PagePath(), async () => (await browser.BuilderPageAsync(proposal.Id, proposal.OptionId)).Answer, "page");

    private async Task HtmxChangesAsync(UserClient browser, BenchProposal proposal)
    {
        var session = new Session(browser, proposal);
        await MeasureAsync("builder: change a line's quantity over htmx, 1 user", "POST", HtmxLinePath(), async () =>
        {
            var answer = await session.ChangeAsync();
            UserClient.Require(answer, 200, "htmx change");
            return answer;
        }, "fragment");
        session.ReportErrors();
    }

    private async Task SearchesAsync(UserClient browser, BenchProposal proposal) =>
        await MeasureAsync("builder: add-item search (type-ahead)", "GET", SearchPath(),
            async () =>
            {
                var answer = await browser.GetAsync($"/proposals/{proposal.Id}/options/{proposal.OptionId}/addable?itemCode=offer%2012", htmx: true);
                UserClient.Require(answer, 200, "search");
                return answer;
            }, "fragment");

    /// <summary>One user at a time: warm-up, then the runs back to back, with the app's CPU, GC and logged times over them.</summary>
    private async Task MeasureAsync(string label, string method, Regex serverPath, Func<Task<Answer>> request, string sizeName)
    {
        for (var i = 0; i < Math.Min(20, options.Runs); i++)
        {
            await request();
        }
        var samples = new Samples(label);
        var sizes = new List<int>();
        var before = await _probe.SettleAndTakeAsync();
        var client = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < options.Runs; i++)
        {
            var answer = await request();
            samples.Add(answer.Milliseconds);
            sizes.Add(answer.Body.Length);
        }
        var wall = Stopwatch.GetElapsedTime(started);
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - client;
        var after = await _probe.TakeThenSettleLogAsync();
        Report(samples, wall, sizes, sizeName, before, after, method, serverPath, clientCpu);
    }

    /// <summary>Every user changes quantities on their own proposal, each change naming the version the last answer showed, with no pause.</summary>
    private async Task ConcurrentChangesAsync(List<BenchProposal> proposals)
    {
        var sessions = new List<Session>();
        foreach (var proposal in proposals)
        {
            var client = new UserClient(options.BaseUri);
            await client.SignInAsync(Presales);
            var (_, version) = await client.BuilderPageAsync(proposal.Id, proposal.OptionId);
            proposal.Version = version;
            sessions.Add(new Session(client, proposal));
        }
        try
        {
            await Task.WhenAll(sessions.Select(async s =>
            {
                for (var i = 0; i < 5; i++)
                {
                    await s.ChangeAsync();
                }
            }));
            foreach (var s in sessions)
            {
                s.Reset();
            }

            var samples = new Samples($"builder: change a line's quantity over htmx, {options.Users} users, no pause");
            var sizes = new List<int>();
            var before = await _probe.SettleAndTakeAsync();
            var client = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var deadline = started + (options.Seconds * Stopwatch.Frequency);
            var perUser = await Task.WhenAll(sessions.Select(async s =>
            {
                var count = 0;
                while (Stopwatch.GetTimestamp() < deadline)
                {
                    var answer = await s.ChangeAsync();
                    if (answer.Status == 200)
                    {
                        samples.Add(answer.Milliseconds);
                        lock (sizes)
                        {
                            sizes.Add(answer.Body.Length);
                        }
                        count++;
                    }
                }
                return count;
            }));
            var wall = Stopwatch.GetElapsedTime(started);
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - client;
            var after = await _probe.TakeThenSettleLogAsync();
            Report(samples, wall, sizes, "fragment", before, after, "POST", HtmxLinePath(), clientCpu);
            Console.WriteLine($"  changes per user: {perUser.Min()}–{perUser.Max()}; connections opened: {sessions.Sum(s => s.Client.Connections)} for {sessions.Count} users");
            foreach (var s in sessions)
            {
                s.ReportErrors();
            }
        }
        finally
        {
            sessions.ForEach(s => s.Client.Dispose());
        }
    }

    private void Report(Samples samples, TimeSpan wall, List<int> sizes, string sizeName, AppSnapshot before, AppSnapshot after, string method, Regex serverPath, TimeSpan clientCpu)
    {
        var n = samples.Count;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(samples.Label);
        Console.WriteLine("  client (loopback, keep-alive): " + samples.Summary()[(samples.Label.Length + 2)..]);
        var server = _probe.ServerTimes($"{samples.Label} (server, app log)", before, after, method, serverPath, out var refused);
        if (server.Count > 0)
        {
            Console.WriteLine("  server (app's request log):    " + server.Summary()[(server.Label.Length + 2)..] + (refused > 0 ? $", {refused} not 200" : "")
                + (server.Count != n ? $" — {server.Count} logged for {n} timed" : ""));
        }
        Console.WriteLine(string.Create(c, $"  throughput: {n / wall.TotalSeconds:0.0} a second ({n} in {wall.TotalSeconds:0.0} s)"));
        if (sizes.Count > 0)
        {
            var (min, max) = (sizes.Min(), sizes.Max());
            Console.WriteLine(string.Create(c, $"  {sizeName} size: {(min == max ? $"{min:N0}" : $"{min:N0}–{max:N0}")} bytes ({max / 1024.0:0.0} KiB)"));
        }
        if (before.CpuSeconds is { } cpu0 && after.CpuSeconds is { } cpu1)
        {
            Console.WriteLine(string.Create(c,
                $"  app CPU: {(cpu1 - cpu0) * 1000 / n:0.0} ms each ({(cpu1 - cpu0) / wall.TotalSeconds * 100:0}% of one core); load generator CPU: {clientCpu.TotalMilliseconds / n:0.0} ms each"));
        }
        if (before.Gc is { } gc0 && after.Gc is { } gc1)
        {
            Console.WriteLine(string.Create(c,
                $"  app allocated: {(gc1.AllocatedBytes - gc0.AllocatedBytes) / 1024.0 / n:N0} KiB each; GCs gen0/1/2 {gc1.Gen0 - gc0.Gen0}/{gc1.Gen1 - gc0.Gen1}/{gc1.Gen2 - gc0.Gen2}, pause {(gc1.Pause - gc0.Pause).TotalMilliseconds:0} ms ({(gc1.ServerGc ? "server" : "workstation")} GC)"));
        }
        if (after.RssBytes is { } rss)
        {
            Console.WriteLine(string.Create(c, $"  app RSS after: {rss / 1024 / 1024} MiB"));
        }
        _table.Add(samples.Row(samples.Label));
        if (server.Count > 0)
        {
            _table.Add(server.Row(server.Label));
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    [GeneratedRegex(@"^/proposals/[0-9]+/options/[0-9]+/lines/[0-9]+$")]
    private static partial Regex HtmxLinePath();

    [GeneratedRegex(@"^/api/v1/proposals/[0-9]+/options/[0-9]+/lines/[0-9]+$")]
    private static partial Regex ApiLinePath();

    [GeneratedRegex(@"^/proposals/[0-9]+$")]
    private static partial Regex PagePath();

    [GeneratedRegex(@"^/proposals/[0-9]+/options/[0-9]+/addable$")]
    private static partial Regex SearchPath();

    /// <summary>A signed-in user changing their own proposal over htmx: round robin over its lines, each change naming the version the last answer showed.</summary>
    private sealed class Session(UserClient client, BenchProposal proposal)
    {
        private readonly Dictionary<int, int> _refusals = [];
        private int _next;
        private int _versionSurprises;

        public UserClient Client { get; } = client;

        public void Reset()
        {
            _refusals.Clear();
            _versionSurprises = 0;
        }

        public async Task<Answer> ChangeAsync()
        {
            var line = proposal.Lines[_next++ % proposal.Lines.Count];
            var answer = await Client.HtmxPostAsync($"/proposals/{proposal.Id}/options/{proposal.OptionId}/lines/{line.Id}",
            [
                new("quantity", line.NextQuantity.ToString(CultureInfo.InvariantCulture)),
                new("discountPercent", line.Discount.ToString(CultureInfo.InvariantCulture)),
                new("version", proposal.Version.ToString(CultureInfo.InvariantCulture)),
            ]);
            var shown = UserClient.VersionIn(answer.Text);
            if (answer.Status == 200)
            {
                line.Raised = !line.Raised;
                if (shown != proposal.Version + 1)
                {
                    _versionSurprises++;
                }
                proposal.Version = shown ?? proposal.Version + 1;
            }
            else
            {
                _refusals[answer.Status] = _refusals.GetValueOrDefault(answer.Status) + 1;
                proposal.Version = shown ?? (await Client.BuilderPageAsync(proposal.Id, proposal.OptionId)).Version;
            }
            return answer;
        }

        public void ReportErrors()
        {
            if (_refusals.Count > 0 || _versionSurprises > 0)
            {
                Console.WriteLine($"  proposal {proposal.Id}: {string.Join(", ", _refusals.Select(r => $"{r.Value} answered {r.Key}"))}{(_versionSurprises > 0 ? $", {_versionSurprises} answers not showing version + 1" : "")}");
            }
        }
    }
}
