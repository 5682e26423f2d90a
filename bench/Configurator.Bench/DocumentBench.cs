using System.Diagnostics;
using System.Globalization;
using Configurator.Web.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace Configurator.Bench;

/// <summary>
/// The proposal PDF pipeline as the app runs it (one long-lived Chromium, pooled pages), on a
/// ten-page sample proposal (6 pain points, 7 items, 3 options): warm time per document on a reused page and on a fresh page, ten at
/// once, and memory over many documents. Writes the document's HTML for bench/documents.sh to print
/// with other tools.
/// </summary>
public static class DocumentBench
{
    /// <summary>The browser to print with, as the app reads it (Pdf__ChromiumPath); unset, the app's own choice.</summary>
    private static string? ChromiumPath => Environment.GetEnvironmentVariable("Pdf__ChromiumPath") is { Length: > 0 } path ? path : null;

    public static async Task<int> RunAsync(string output, int documents)
    {
        Directory.CreateDirectory(output);
        var templates = new TemplateFolder(Options.Create(new TemplateSettings { Path = Path.Combine(RepositoryRoot(), "templates") }));
        var pdfSettings = Options.Create(new PdfSettings { AllowDownload = false, ChromiumPath = ChromiumPath });
        await using var browser = new ChromiumBrowser(pdfSettings, NullLoggerFactory.Instance);
        await browser.StartAsync(CancellationToken.None);
        using var pooled = new PdfRenderer(browser, pdfSettings, NullLogger<PdfRenderer>.Instance);
        using var fresh = new PdfRenderer(browser, Options.Create(new PdfSettings { ReusePages = false, ChromiumPath = ChromiumPath }), NullLogger<PdfRenderer>.Instance);
        var renderer = new ProposalDocumentRenderer(templates, pooled);
        var freshRenderer = new ProposalDocumentRenderer(templates, fresh);
        var brand = new DocumentBrand("Configurator Demo Co.", "", "#1f5f8b", "Harbour Street 12, Oslo", "Configurator Demo Co. · Org. no. 999 999 999");
        var document = SampleDocument.Create(renderer.Labels("en"), brand, "en", new DateOnly(2026, 11, 27), "Pat Presales", painCount: 6, itemCount: 7, optionCount: 3);
        var html = renderer.RenderHtml(document);
        await File.WriteAllTextAsync(Path.Combine(output, "proposal.html"), html);
        var created = DateTimeOffset.UnixEpoch;

        var first = await renderer.RenderPdfAsync(document, html, created);
        await File.WriteAllBytesAsync(Path.Combine(output, "proposal.pdf"), first);
        using (var pdf = PdfDocument.Open(first))
        {
            Console.WriteLine($"document\t{pdf.NumberOfPages} pages, {first.Length / 1024} KiB, HTML {html.Length / 1024} KiB");
        }
        for (var i = 0; i < 5; i++)
        {
            await renderer.RenderPdfAsync(document, html, created);
        }

        var templateTimes = Time(30, () => renderer.RenderHtml(document));
        Report("template render (Scriban, HTML only)", templateTimes);
        Report("PDF, warm, reused page", await TimeAsync(30, () => renderer.RenderPdfAsync(document, html, created)));
        Report("PDF, warm, fresh page each time", await TimeAsync(20, () => freshRenderer.RenderPdfAsync(document, html, created)));

        var concurrent = Stopwatch.StartNew();
        var ten = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => renderer.RenderPdfAsync(document, html, created)));
        concurrent.Stop();
        var valid = ten.Count(bytes => { using var pdf = PdfDocument.Open(bytes); return pdf.NumberOfPages > 1; });
        Console.WriteLine($"10 at once\t{concurrent.Elapsed.TotalSeconds:0.00} s wall, {valid}/10 valid, {Environment.ProcessorCount} rendering at a time");

        Console.WriteLine($"memory\tdocuments\tapp RSS MiB\tChromium PSS MiB (all its processes; shared pages counted once)");
        var timer = Stopwatch.StartNew();
        for (var done = 0; done <= documents; done += 2)
        {
            if (done % 100 == 0)
            {
                var chromium = await browser.GetAsync();
                Console.WriteLine($"memory\t{done}\t{Environment.WorkingSet / 1048576}\t{TreePss(chromium.Process?.Id) / 1024}");
            }
            await Task.WhenAll(renderer.RenderPdfAsync(document, html, created), renderer.RenderPdfAsync(document, html, created));
        }
        Console.WriteLine($"throughput\t{documents} documents in {timer.Elapsed.TotalSeconds:0} s ({documents / timer.Elapsed.TotalSeconds:0.0} per second)");
        return 0;
    }

    /// <summary>Prints each HTML file <paramref name="runs"/> times on a warm, reused page: median and p95 of the print alone.</summary>
    public static async Task<int> PrintAsync(IReadOnlyList<string> files, int runs)
    {
        var pdfSettings = Options.Create(new PdfSettings { AllowDownload = false, MaxConcurrentRenders = 1, ChromiumPath = ChromiumPath });
        await using var browser = new ChromiumBrowser(pdfSettings, NullLoggerFactory.Instance);
        await browser.StartAsync(CancellationToken.None);
        using var renderer = new PdfRenderer(browser, pdfSettings, NullLogger<PdfRenderer>.Instance);
        var info = new PdfInfo("Bench", "Bench", "Bench", "en", DateTimeOffset.UnixEpoch);
        foreach (var file in files)
        {
            var job = new PdfJob(await File.ReadAllTextAsync(file), info);
            var pdf = await renderer.RenderAsync(job);
            for (var i = 0; i < 4; i++)
            {
                await renderer.RenderAsync(job);
            }
            var chromium = (await browser.GetAsync()).Process?.Id;
            var cpuBefore = TreeCpu(chromium);
            var ownBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var times = await TimeAsync(runs, () => renderer.RenderAsync(job));
            var cpu = (TreeCpu(chromium) - cpuBefore) / runs;
            var own = (Process.GetCurrentProcess().TotalProcessorTime - ownBefore).TotalMilliseconds / runs;
            times.Sort();
            using var document = PdfDocument.Open(pdf);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)}\t{document.NumberOfPages} pages\tmedian {times[(times.Count - 1) / 2]:0.0} ms\tp95 {times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]:0.0} ms\t(n={times.Count})\tCPU a document: Chromium {cpu:0} ms, harness {own:0} ms"));
        }
        return 0;
    }

    private static void Report(string what, List<double> milliseconds)
    {
        milliseconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}\tmedian {milliseconds[milliseconds.Count / 2]:0.0} ms\tp90 {milliseconds[(int)(milliseconds.Count * 0.9)]:0.0} ms\t(n={milliseconds.Count})"));
    }

    private static List<double> Time(int runs, Action action) =>
        Enumerable.Range(0, runs).Select(_ => { var t = Stopwatch.StartNew(); action(); return t.Elapsed.TotalMilliseconds; }).ToList();

    private static async Task<List<double>> TimeAsync(int runs, Func<Task> action)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var t = Stopwatch.StartNew();
            await action();
            times.Add(t.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    // Proportional set size (KiB) of a process and all its descendants, from /proc: resident memory
    // with pages shared between Chromium's processes divided among them, so the sum is not inflated.
    private static long TreePss(int? root)
    {
        if (root is null || !OperatingSystem.IsLinux())
        {
            return 0;
        }
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && TryRead(Path.Combine(dir, "stat")) is { } stat)
            {
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }
        var tree = new HashSet<int> { root.Value };
        bool grew;
        do
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                if (tree.Contains(parent) && tree.Add(pid))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return tree.Sum(pid => TryRead($"/proc/{pid}/smaps_rollup")?.Split('\n').FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
            : 0);
    }

    // CPU time (ms) used so far by a process and all its descendants, from /proc (user + system).
    private static double TreeCpu(int? root)
    {
        if (root is null || !OperatingSystem.IsLinux())
        {
            return 0;
        }
        var stats = new Dictionary<int, string[]>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && TryRead(Path.Combine(dir, "stat")) is { } stat)
            {
                stats[pid] = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            }
        }
        var tree = new HashSet<int> { root.Value };
        bool grew;
        do
        {
            grew = false;
            foreach (var (pid, fields) in stats)
            {
                if (tree.Contains(int.Parse(fields[1], CultureInfo.InvariantCulture)) && tree.Add(pid))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        // Fields 14 and 15 of stat (11 and 12 after the command): user and system time in clock ticks of 10 ms.
        return tree.Where(stats.ContainsKey).Sum(pid => (long.Parse(stats[pid][11], CultureInfo.InvariantCulture) + long.Parse(stats[pid][12], CultureInfo.InvariantCulture)) * 10.0);
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Configurator.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
