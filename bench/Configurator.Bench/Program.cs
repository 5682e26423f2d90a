using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Configurator.Bench -- --filter '*'` runs every benchmark;
// `-- --job short` gives quicker, rougher figures.
BenchmarkSwitcher.FromAssembly(typeof(Configurator.Bench.EngineData).Assembly).Run(args);
