using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Configurator.Load;

public sealed record MixOptions(Uri BaseUri, int Users, int Seconds, string Label, string? JsonOut, int Seed, string? Only = null, int ThinkMilliseconds = 0,
    int WarmSeconds = 0);

/// <summary>
/// A realistic mix on a volume database, for a fixed time: USERS people, each a presales person (browser cookie and an API
/// token) and an approver (browser cookie), each on keep-alive connections, picking their next request at random by weight
/// with no pause (or, with a think time, pausing between requests as people do): the catalogue list with filters, the accounts list, an opportunity page, a builder change (a quantity over
/// htmx, with the page's antiforgery token) on their own draft, a proposal read through the API, the approval queue, and a
/// draft PDF every 50th request of the run. Prints requests a second and median / p95 / p99 per route, and every answer that
/// was not 2xx (or timed out) as an error; writes the same as JSON for bench/load.sh to set side by side.
/// </summary>
public sealed class MixBench(MixOptions options)
{
    private const string Presales = "presales@demo.local";
    private const string Approver = "approver@demo.local";
    private const int PdfEvery = 50;

    private static readonly (string Route, int Weight)[] _mix =
    [
        ("catalogue list (filters)", 15),
        ("accounts list", 10),
        ("opportunity page", 20),
        ("builder change (htmx)", 30),
        ("proposal read (API)", 15),
        ("approval queue", 10),
    ];

    private static readonly string[] _catalogueFilters =
    [
        "/catalogue?kind=standard&status=active",
        "/catalogue?kind=innovation&status=active&sort=price&dir=desc",
        "/catalogue?q=offer%2012",
        "/catalogue?kind=service&category=CAT-07",
        "/catalogue?status=active&page=3",
    ];

    private static readonly string[] _accountLists = ["/accounts", "/accounts?page=2", "/accounts?q=a", "/accounts?page=7"];

    private readonly Dictionary<string, Samples> _samples = _mix.Select(m => m.Route).Append("draft PDF").ToDictionary(r => r, r => new Samples(r));
    private readonly Dictionary<string, Dictionary<string, int>> _errors = [];
    private long _requests;
    private long _warmRequests;

    public async Task<int> RunAsync()
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"mix bench [{options.Label}]: {options.Users} users{(options.ThinkMilliseconds > 0 ? $" thinking {options.ThinkMilliseconds} ms on average between requests" : " with no pause")} for {options.Seconds} s{(options.WarmSeconds > 0 ? $" after {options.WarmSeconds} s untimed" : "")} against {options.BaseUri}{(options.Only is { } only ? $", only “{only}”" : "")}, load average {LoadAverage()}"));
        if (options.Only is { } asked && !_samples.ContainsKey(asked))
        {
            Console.Error.WriteLine($"--only takes one of: {string.Join(", ", _samples.Keys)}");
            return 2;
        }
        using var setup = new UserClient(options.BaseUri);
        var token = await setup.TokenAsync(Presales);
        var drafts = await DraftsAsync(setup, token, options.Users);
        var opportunities = await IdsAsync(setup, token, "/api/v1/opportunities?pageSize=100&page=", 5);
        var proposals = await IdsAsync(setup, token, "/api/v1/proposals?pageSize=100&page=", 5);
        Console.WriteLine($"  {drafts.Count} drafts to change (one per user), {opportunities.Count} opportunities and {proposals.Count} proposals to read");

        var users = new List<MixUser>();
        try
        {
            for (var u = 0; u < options.Users; u++)
            {
                var user = new MixUser(new UserClient(options.BaseUri), new UserClient(options.BaseUri), drafts[u]);
                users.Add(user);
                await user.Presales.SignInAsync(Presales);
                await user.Approver.SignInAsync(Approver);
                user.Token = await user.Presales.TokenAsync(Presales);
                await user.WarmUpAsync();
            }
            Console.WriteLine(string.Create(c, $"  {users.Count} users signed in; lines that take a change: {users.Min(u => u.Draft.Lines.Count)}–{users.Max(u => u.Draft.Lines.Count)} per draft"));
            // Untimed: every user sends each kind of request once (one draft PDF in all), so nothing timed is a first request.
            await SendAsync(users[0], "draft PDF", new Random(options.Seed), opportunities, proposals, timed: false);
            await Task.WhenAll(users.Select(async (user, index) =>
            {
                var random = new Random(options.Seed - index - 1);
                foreach (var (route, _) in _mix)
                {
                    await SendAsync(user, route, random, opportunities, proposals, timed: false);
                }
            }));

            if (options.WarmSeconds > 0)
            {
                // Untimed, the same mix: the runtime compiles its hot paths again, optimised, over the first tens of seconds
                // after a start, so a run timed from the first request measures a warming app, not a running one.
                await DriveAsync(users, options.WarmSeconds, opportunities, proposals, options.Seed + 1000, timed: false);
            }
            var started = Stopwatch.GetTimestamp();
            await DriveAsync(users, options.Seconds, opportunities, proposals, options.Seed, timed: true);
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Report(wall);
        }
        finally
        {
            users.ForEach(u => u.Dispose());
        }
        return 0;
    }

    private async Task DriveAsync(List<MixUser> users, int seconds, IReadOnlyList<int> opportunities, IReadOnlyList<int> proposals, int seed, bool timed)
    {
        var deadline = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
        await Task.WhenAll(users.Select((user, index) => Task.Run(async () =>
        {
            var random = new Random(seed + index);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var n = timed ? Interlocked.Increment(ref _requests) : Interlocked.Increment(ref _warmRequests);
                var route = options.Only ?? (n % PdfEvery == 0 ? "draft PDF" : Pick(random));
                await SendAsync(user, route, random, opportunities, proposals, timed);
                if (options.ThinkMilliseconds > 0)
                {
                    // A person reads before the next click: exponentially distributed around the mean think time.
                    await Task.Delay(TimeSpan.FromMilliseconds(-options.ThinkMilliseconds * Math.Log(1 - random.NextDouble())));
                }
            }
        })));
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(_mix.Sum(m => m.Weight));
        foreach (var (route, weight) in _mix)
        {
            if (roll < weight)
            {
                return route;
            }
            roll -= weight;
        }
        return _mix[^1].Route;
    }

    private async Task SendAsync(MixUser user, string route, Random random, IReadOnlyList<int> opportunities, IReadOnlyList<int> proposals, bool timed = true)
    {
        try
        {
            var answer = route switch
            {
                "catalogue list (filters)" => await user.Presales.GetAsync(_catalogueFilters[random.Next(_catalogueFilters.Length)]),
                "accounts list" => await user.Presales.GetAsync(_accountLists[random.Next(_accountLists.Length)]),
                "opportunity page" => await user.Presales.GetAsync($"/opportunities/{opportunities[random.Next(opportunities.Count)]}"),
                "builder change (htmx)" => await user.ChangeAsync(),
                "proposal read (API)" => await user.Presales.GetAsync($"/api/v1/proposals/{proposals[random.Next(proposals.Count)]}", user.Token),
                "approval queue" => await user.Approver.GetAsync("/proposals"),
                _ => await user.Presales.GetAsync($"/proposals/{user.Draft.Id}/preview.pdf"),
            };
            if (!timed)
            {
                return;
            }
            if (answer.Status is >= 200 and < 300)
            {
                _samples[route].Add(answer.Milliseconds);
            }
            else
            {
                Error(route, answer.Status.ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (TaskCanceledException)
        {
            if (timed)
            {
                Error(route, "timeout");
            }
        }
        catch (HttpRequestException e)
        {
            if (timed)
            {
                Error(route, e.HttpRequestError.ToString());
            }
        }
    }

    private void Error(string route, string what)
    {
        lock (_errors)
        {
            var counts = _errors.TryGetValue(route, out var known) ? known : _errors[route] = [];
            counts[what] = counts.GetValueOrDefault(what) + 1;
        }
    }

    private void Report(double wall)
    {
        var c = CultureInfo.InvariantCulture;
        var total = _samples.Values.Sum(s => s.Count);
        var errors = _errors.Values.Sum(e => e.Values.Sum());
        Console.WriteLine(string.Create(c, $"  {total + errors} requests in {wall:0.0} s: {(total + errors) / wall:0.0} a second, {errors} errors; load average at the end {LoadAverage()}"));
        Console.WriteLine("| route | n | per second | median | p95 | p99 | errors |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        var routes = new JsonObject();
        foreach (var (route, samples) in _samples.Where(r => options.Only is null || r.Key == options.Only))
        {
            var s = samples.Sorted();
            var failed = _errors.GetValueOrDefault(route);
            var errorText = failed is null ? "0" : string.Join(", ", failed.Select(f => $"{f.Value}× {f.Key}"));
            Console.WriteLine(string.Create(c, $"| {route} | {s.Length} | {s.Length / wall:0.0} | {Samples.Median(s):0.0} ms | {Samples.Percentile(s, 95):0.0} ms | {Samples.Percentile(s, 99):0.0} ms | {errorText} |"));
            routes[route] = new JsonObject
            {
                ["n"] = s.Length,
                ["perSecond"] = Math.Round(s.Length / wall, 1),
                ["p50"] = s.Length == 0 ? null : Math.Round(Samples.Median(s), 1),
                ["p95"] = s.Length == 0 ? null : Math.Round(Samples.Percentile(s, 95), 1),
                ["p99"] = s.Length == 0 ? null : Math.Round(Samples.Percentile(s, 99), 1),
                ["errors"] = failed?.Values.Sum() ?? 0,
                ["errorKinds"] = errorText,
            };
        }
        if (options.JsonOut is { } path)
        {
            var json = new JsonObject
            {
                ["label"] = options.Label,
                ["users"] = options.Users,
                ["seconds"] = Math.Round(wall, 1),
                ["requests"] = total + errors,
                ["perSecond"] = Math.Round((total + errors) / wall, 1),
                ["errors"] = errors,
                ["routes"] = routes,
            };
            File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    /// <summary>Draft proposals in euros, one per user, read through the API (their option and lines).</summary>
    private static async Task<List<BenchProposal>> DraftsAsync(UserClient api, string token, int count)
    {
        var drafts = new List<BenchProposal>();
        for (var page = 1; drafts.Count < count && page <= 20; page++)
        {
            var list = await api.GetAsync($"/api/v1/proposals?status=draft&pageSize=100&page={page}", token);
            UserClient.Require(list, 200, "draft proposals");
            var items = list.Json["items"]!.AsArray();
            foreach (var item in items.Where(i => i!["currency"]!.GetValue<string>() == "EUR"))
            {
                var read = await api.GetAsync($"/api/v1/proposals/{item!["id"]!.GetValue<int>()}", token);
                UserClient.Require(read, 200, "draft proposal");
                var option = read.Json["options"]!.AsArray().FirstOrDefault(o => o!["lines"]!.AsArray().Count >= 3);
                if (option is null)
                {
                    continue;
                }
                var lines = option["lines"]!.AsArray().Select(l => new BenchLine(l!["id"]!.GetValue<int>(), l["quantity"]!.GetValue<int>(), l["discountPercent"]!.GetValue<decimal>())).ToList();
                drafts.Add(new BenchProposal(read.Json["id"]!.GetValue<int>(), option["id"]!.GetValue<int>(), lines) { Version = read.Json["version"]!.GetValue<int>() });
                if (drafts.Count == count)
                {
                    break;
                }
            }
            if (items.Count < 100)
            {
                break;
            }
        }
        return drafts.Count == count ? drafts
            : throw new InvalidOperationException($"Only {drafts.Count} draft proposals in euros with three lines or more; seed more (bench/load.sh seeds 3,000 proposals).");
    }

    private static async Task<List<int>> IdsAsync(UserClient api, string token, string path, int pages)
    {
        var ids = new List<int>();
        for (var page = 1; page <= pages; page++)
        {
            var list = await api.GetAsync(path + page.ToString(CultureInfo.InvariantCulture), token);
            UserClient.Require(list, 200, path);
            ids.AddRange(list.Json["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()));
        }
        return ids.Count > 0 ? ids : throw new InvalidOperationException($"{path}: nothing to read.");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>One simulated person: presales in one browser, approver in another, and presales' API token.</summary>
    private sealed class MixUser(UserClient presales, UserClient approver, BenchProposal draft) : IDisposable
    {
        private int _next;

        public UserClient Presales { get; } = presales;

        public UserClient Approver { get; } = approver;

        public BenchProposal Draft { get; private set; } = draft;

        public string? Token { get; set; }

        /// <summary>Opens the builder (its antiforgery token) and keeps the lines whose quantity can go one up and back (an item at its maximum cannot).</summary>
        public async Task WarmUpAsync()
        {
            var (_, version) = await Presales.BuilderPageAsync(Draft.Id, Draft.OptionId);
            Draft.Version = version;
            var usable = new List<BenchLine>();
            foreach (var line in Draft.Lines)
            {
                var up = await ChangeAsync(line);
                var back = up.Status == 200 ? await ChangeAsync(line) : up;
                if (up.Status == 200 && back.Status == 200)
                {
                    usable.Add(line);
                }
            }
            Draft = new BenchProposal(Draft.Id, Draft.OptionId, usable.Count > 0 ? usable : throw new InvalidOperationException($"No line of proposal {Draft.Id} takes a change."))
            {
                Version = Draft.Version,
            };
        }

        public Task<Answer> ChangeAsync() => ChangeAsync(Draft.Lines[_next++ % Draft.Lines.Count]);

        private async Task<Answer> ChangeAsync(BenchLine line)
        {
            var answer = await Presales.HtmxPostAsync($"/proposals/{Draft.Id}/options/{Draft.OptionId}/lines/{line.Id}",
            [
                new("quantity", line.NextQuantity.ToString(CultureInfo.InvariantCulture)),
                new("discountPercent", line.Discount.ToString(CultureInfo.InvariantCulture)),
                new("version", Draft.Version.ToString(CultureInfo.InvariantCulture)),
            ]);
            if (answer.Status == 200)
            {
                line.Raised = !line.Raised;
                Draft.Version = UserClient.VersionIn(answer.Text) ?? Draft.Version + 1;
            }
            else if (UserClient.VersionIn(answer.Text) is { } shown)
            {
                Draft.Version = shown;
            }
            return answer;
        }

        public void Dispose()
        {
            Presales.Dispose();
            Approver.Dispose();
        }
    }
}
