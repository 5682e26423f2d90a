using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Configurator.Bench -- --filter '*'` runs every engine benchmark
// (`-- --job short` gives quicker, rougher figures); `-- documents OUT_DIR` times the PDF pipeline
// (bench/documents.sh runs it beside Chromium's own printing and wkhtmltopdf).
if (args is ["documents", var output, ..])
{
    return await Configurator.Bench.DocumentBench.RunAsync(output, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
}
BenchmarkSwitcher.FromAssembly(typeof(Configurator.Bench.EngineData).Assembly).Run(args);
return 0;
