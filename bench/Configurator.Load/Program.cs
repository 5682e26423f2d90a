using System.Globalization;
using Configurator.Load;

// dotnet run -c Release --project bench/Configurator.Load -- --base http://127.0.0.1:5199 --catalogue FILE
//   [--runs 300] [--users 20] [--seconds 30] [--lines 50] [--app-log FILE] [--app-pid PID] [--gc-socket PATH]
// bench/builder.sh builds the app, starts it and runs this against it; see bench/README.md.
// --mode mix --base URL [--users 20] [--seconds 60] [--label NAME] [--json FILE] [--seed N] [--only ROUTE] [--think-ms 0] [--warm-seconds 0]: the
// realistic mix on a volume database (MixBench), which bench/load.sh runs against each set-up; --warm-seconds drives it untimed first.
var named = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"Unexpected argument {args[i]}; options are --name value pairs.");
        return 2;
    }
    named[args[i][2..]] = args[i + 1];
}
int Number(string name, int fallback) => named.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
if (named.GetValueOrDefault("mode") == "mix" && named.TryGetValue("base", out var mixBase))
{
    return await new MixBench(new MixOptions(new Uri(mixBase), Number("users", 20), Number("seconds", 60), named.GetValueOrDefault("label") ?? mixBase,
        named.GetValueOrDefault("json"), Number("seed", 20), named.GetValueOrDefault("only"), Number("think-ms", 0), Number("warm-seconds", 0))).RunAsync();
}
if (!named.TryGetValue("base", out var baseUrl) || !named.TryGetValue("catalogue", out var catalogue))
{
    Console.Error.WriteLine("Usage: Configurator.Load --base URL --catalogue FILE [--runs N] [--users N] [--seconds N] [--lines N] [--app-log FILE] [--app-pid PID] [--gc-socket PATH]");
    Console.Error.WriteLine("   or: Configurator.Load --mode mix --base URL [--users N] [--seconds N] [--label NAME] [--json FILE] [--seed N] [--only ROUTE] [--think-ms N] [--warm-seconds N]");
    return 2;
}
var options = new BenchOptions(new Uri(baseUrl), catalogue, Number("runs", 300), Number("users", 20), Number("seconds", 30), Number("lines", 50),
    named.GetValueOrDefault("app-log"), named.TryGetValue("app-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null, named.GetValueOrDefault("gc-socket"));
return await new BuilderBench(options).RunAsync();
