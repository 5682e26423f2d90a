using System.Diagnostics;

namespace Configurator.Web.Tests.Hosting;

/// <summary>
/// Runs the built app as an operator does (<c>dotnet Configurator.Web.dll</c>), with settings as environment variables,
/// until it exits: for what happens before the host serves, which an in-process host cannot show (exit code, log).
/// </summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Output);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "Configurator.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Pdf__StartOnBoot"] = "false";
        start.Environment["Pdf__AllowDownload"] = "false";
        start.Environment["AllowedHosts"] = "localhost";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"The app did not exit within two minutes:\n{await output}{await errors}");
        }
        return new Outcome(process.ExitCode, await output + await errors);
    }
}
