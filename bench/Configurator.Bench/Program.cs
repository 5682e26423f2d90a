using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Configurator.Bench -- --filter '*'` runs every engine benchmark
// (`-- --job short` gives quicker, rougher figures); `-- documents OUT_DIR` times the PDF pipeline
// (bench/documents.sh runs it beside Chromium's own printing and wkhtmltopdf); `-- print FILE.html… [RUNS]`
// times the pipeline's print alone on HTML saved from the app (/proposals/{id}/preview/document).
if (args is ["documents", var output, ..])
{
    return await Configurator.Bench.DocumentBench.RunAsync(output, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
}
if (args is ["print", _, ..])
{
    // `-- print FILE.html… [RUNS]`: each HTML file printed RUNS times (default 30) on one warm, reused page.
    var runs = int.TryParse(args[^1], out var n) ? n : 30;
    return await Configurator.Bench.DocumentBench.PrintAsync([.. args.Skip(1).Where(a => a.EndsWith(".html", StringComparison.Ordinal))], runs);
}
BenchmarkSwitcher.FromAssembly(typeof(Configurator.Bench.EngineData).Assembly).Run(args);
return 0;
