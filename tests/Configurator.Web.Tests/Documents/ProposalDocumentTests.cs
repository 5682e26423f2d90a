using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium: the proposal templates printed to PDF and read back with PdfPig.</summary>
public sealed class ProposalDocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DocumentBrand _brand = new("Acme Solutions", "", "#2a6f4e", "1 Main Street, Springfield", "Acme Solutions Ltd · Reg. 123456");

    private ProposalDocumentRenderer Renderer => app.Services.GetRequiredService<ProposalDocumentRenderer>();

    private ProposalDocument Sample(string language = "en", int pains = 4, int items = 5, int options = 2) =>
        SampleDocument.Create(Renderer.Labels(language), _brand, language, new DateOnly(2026, 11, 27), "Pat Presales", pains, items, options);

    private Task<byte[]> PrintAsync(ProposalDocument document) => Renderer.RenderPdfAsync(document, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private static string TextOf(PdfDocument pdf) => string.Join("\n", pdf.GetPages().Select(p => p.Text));

    [Fact]
    public async Task EverySectionPainPointLineAndTotalReadsBackFromThePdf()
    {
        var document = Sample();
        var labels = document.Labels;

        using var pdf = PdfDocument.Open(await PrintAsync(document));
        var text = TextOf(pdf);

        // The solution describes the recommended option by kind; items only in other options are one line each, without a kind heading.
        foreach (var heading in new[] { "summary_heading", "challenges_heading", "solution_heading", "coverage_heading", "value_heading", "investment_heading", "apart_heading", "next_heading" }
            .Concat(document.RecommendedSolution.Select(g => "kind_" + g.Kind)))
        {
            Assert.Contains(labels[heading], text);
        }
        Assert.Contains("Nordby Foods", pdf.GetPage(1).Text);
        Assert.Contains("Peak readiness proposal", pdf.GetPage(1).Text);
        Assert.Contains("27 November 2026", pdf.GetPage(1).Text);
        Assert.Contains("Dear Ingrid Berg,", text);
        Assert.All(document.PainPoints, p => Assert.Contains(p.Title, text));
        Assert.All(document.Options.SelectMany(o => o.Lines), l => Assert.Contains(l.Name, text));
        Assert.All(document.Options, o => Assert.Contains(o.Totals.ContractValue, text));
        Assert.Contains($"Page 1 of {pdf.NumberOfPages}", pdf.GetPage(1).Text);
        Assert.Contains($"Page {pdf.NumberOfPages} of {pdf.NumberOfPages}", pdf.GetPage(pdf.NumberOfPages).Text);
        Assert.Contains("Acme Solutions Ltd · Reg. 123456", pdf.GetPage(2).Text);
        Assert.Contains("Draft — not an issued revision", pdf.GetPage(2).Text);
        Assert.Equal("Peak readiness proposal", pdf.Information.Title);
        Assert.Equal("Pat Presales, Acme Solutions", pdf.Information.Author);
        Assert.Equal("Proposal for Nordby Foods: Peak readiness", pdf.Information.Subject);
    }

    [Fact]
    public async Task TheValueCaseLeadsWithTheConservativeFigureAndPrintsItsAssumptions()
    {
        var document = Sample(options: 3);
        var labels = document.Labels;

        using var pdf = PdfDocument.Open(await PrintAsync(document));
        var text = TextOf(pdf);
        var summary = pdf.GetPages().First(p => p.Text.Contains(labels["summary_heading"], StringComparison.Ordinal)).Text;
        var value = pdf.GetPages().First(p => p.Text.Contains(labels["value_heading"], StringComparison.Ordinal)).Text;

        // The summary leads with the recommended option's conservative value, then the expected one, payback and return.
        Assert.Contains("Even on conservative assumptions, Advantage is worth EUR 200,000.00 a year", summary);
        Assert.Contains("(expected: EUR 380,000.00)", summary);
        Assert.Contains(Squeezed("a return of 48.8%"), Squeezed(summary));
        Assert.True(value.IndexOf("CONSERVATIVE", StringComparison.Ordinal) < value.IndexOf("EXPECTED", StringComparison.Ordinal));
        Assert.Contains("EUR 460,000.00", value); // ambitious, Advantage
        Assert.Contains("Year 1", value);
        Assert.Contains(labels["assumptions_heading"], text);
        Assert.Contains("remove 60% of its cost", text);
        // Narrow columns wrap their sentences; the words read back in order.
        static string Squeezed(string t) => string.Concat(t.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("DemandRadar:60%,ourestimate:yourpilotsitecutovertimeby60%", Squeezed(text));
        Assert.All(document.PainPoints, p => Assert.Contains(Squeezed($"{p.Number}. {p.Title}"), Squeezed(text)));
    }

    [Fact]
    public void AnAssumptionRowWithNothingToBeSureOfSaysSoWithADashLikeItsShares()
    {
        var sample = Sample();
        var document = sample with { Assumptions = [sample.Assumptions[0] with { Confidence = "high" }, .. sample.Assumptions.Skip(1)] };

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Renderer.RenderHtml(document));

        var confidence = html.QuerySelectorAll(".assumptions__table td.assumptions__confidence").Select(c => c.TextContent.Trim());
        Assert.Equal(["high", "—", "—", "—"], confidence);
    }

    [Fact]
    public async Task PagesGrowWithContentAndLongTablesRepeatTheirHeader()
    {
        using var small = PdfDocument.Open(await PrintAsync(Sample(pains: 2, items: 2, options: 1)));
        using var large = PdfDocument.Open(await PrintAsync(Sample(pains: 40, items: 30, options: 3)));

        Assert.True(large.NumberOfPages >= 10, $"a large proposal printed on {large.NumberOfPages} pages");
        Assert.True(large.NumberOfPages > small.NumberOfPages + 5, $"{small.NumberOfPages} pages, then {large.NumberOfPages}");
        // The coverage matrix of 40 pain points runs over pages; every page of it starts with the header row.
        var matrixPages = large.GetPages().Where(p => p.Text.Contains("CHALLENGE", StringComparison.Ordinal)).ToList();
        Assert.True(matrixPages.Count >= 2, "the matrix spans pages with its header on each");
    }

    [Fact]
    public async Task AChineseProposalExtractsAsTheSameCharactersFromEmbeddedTrueTypeFonts()
    {
        var document = Sample("zh-CN");

        var bytes = await PrintAsync(document);
        using var pdf = PdfDocument.Open(bytes);
        var text = TextOf(pdf);

        Assert.Contains("旺季交付解决方案建议书", text);
        Assert.Contains("北方食品有限公司", text);
        Assert.Contains("执行摘要", text);
        Assert.Contains("您面临的挑战", text);
        Assert.Contains("方案如何覆盖您的挑战", text);
        Assert.Contains("2026年11月27日", text);
        Assert.All(document.PainPoints, p => Assert.Contains(p.Title, text));
        Assert.Contains("第 1 页，共 " + pdf.NumberOfPages + " 页", Regex.Replace(pdf.GetPage(1).Text, @"\s+", " "));
        Assert.Equal("旺季交付解决方案建议书", pdf.Information.Title);
        Assert.Contains("/Lang (zh-CN)", Encoding.Latin1.GetString(bytes));
        AssertEveryFontIsEmbeddedSubsettedTrueTypeWithUnicode(bytes);
    }

    /// <summary>What pdffonts shows as "CID TrueType, emb, sub, uni" and never "Type 3", read from the PDF's font dictionaries.</summary>
    private static void AssertEveryFontIsEmbeddedSubsettedTrueTypeWithUnicode(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var composite = Regex.Matches(raw, @"/Subtype\s*/Type0").Count;
        Assert.True(composite > 0);
        Assert.DoesNotMatch(@"/Subtype\s*/Type3", raw);
        Assert.DoesNotMatch(@"/FontFile3", raw);
        Assert.Equal(composite, Regex.Matches(raw, @"/Subtype\s*/CIDFontType2").Count);
        Assert.Equal(composite, Regex.Matches(raw, @"/FontFile2").Count);
        Assert.Equal(composite, Regex.Matches(raw, @"/ToUnicode").Count);
        Assert.All(Regex.Matches(raw, @"/BaseFont\s*/([^\s/>]+)").Select(m => m.Groups[1].Value), name => Assert.Matches("^[A-Z]{6}\\+", name));
        Assert.Contains("WenQuanYiMicroHei", raw);
    }

    [Fact]
    public async Task HostileTextPrintsAsTextWrapsAndReachesNothing()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
            }
        });
        var origin = $"http://127.0.0.1:{port}";
        var longWord = string.Concat(Enumerable.Repeat("Donaudampfschifffahrtsgesellschaft", 12));
        var paragraph = string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"word{i}"))[..5000] + " THE-END";
        string[] corpus =
        [
            "<script>document.title='pwned'</script>",
            $"<img src={origin}/img.png>",
            "<iframe src=file:///etc/passwd></iframe>",
            $"<link rel=stylesheet href={origin}/style.css>",
            $"<div style=\"background:url({origin}/bg.png)\">styled</div>",
            $"<meta http-equiv=\"refresh\" content=\"0;url={origin}/refresh\">",
            "{{ 7 * 7 }} and {% raw %}",
            longWord,
            "Emoji 🚚📦✅ and right-to-left مرحبا بالعالم · שלום עולם",
        ];
        var sample = Sample();
        var pains = sample.PainPoints.Select((p, i) => p with { Title = corpus[i % corpus.Length], ClientWords = corpus[(i + 1) % corpus.Length] }).ToList();
        pains.Add(pains[0] with { Number = 5, Title = corpus[4], ClientWords = paragraph });
        var solution = sample.Solution.Select(g => g with
        {
            Items = g.Items.Select((item, i) => item with
            {
                Name = corpus[(i + 5) % corpus.Length],
                Text = [corpus[1], corpus[5], longWord, paragraph],
                Differentiators = [corpus[3]],
            }).ToList(),
        }).ToList();
        var hostile = ProposalDocument.Assemble(sample.Document, sample.Brand with { Name = corpus[1], LegalFooter = "\"; } body { display: none } </style><script>x</script> \\" },
            sample.Client with { Name = corpus[0] }, sample.Opportunity with { Name = corpus[8] },
            sample.EconomicBuyer! with { Name = corpus[5] }, sample.Stakeholders, pains, sample.Options, solution, sample.Labels);
        var blockedBefore = app.Services.GetRequiredService<PdfRenderer>().BlockedRequests;

        var html = Renderer.RenderHtml(hostile);
        using var pdf = PdfDocument.Open(await PrintAsync(hostile));
        var text = Regex.Replace(TextOf(pdf), @"\s+", " ");
        await stop.CancelAsync();
        listener.Stop();
        await Task.WhenAny(accepting, Task.Delay(1000));

        Assert.Equal(0, connections);
        Assert.Equal(blockedBefore, app.Services.GetRequiredService<PdfRenderer>().BlockedRequests);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img src=http", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<meta http-equiv", html);
        Assert.Contains("<script>document.title='pwned'</script>", text);
        Assert.Contains($"<img src={origin}/img.png>", text);
        Assert.Contains("<iframe src=file:///etc/passwd></iframe>", text);
        Assert.Contains($"url({origin}/bg.png)", text);
        Assert.Contains("{{ 7 * 7 }}", text);
        Assert.Contains("THE-END", text);
        Assert.Equal("Emoji 🚚📦✅ and", Regex.Match(text, "Emoji.{0,10}").Value);
        // The running header and footer are CSS strings: what was typed stays inside them, on every page.
        Assert.Contains("\"; } body { display: none } </style><script>x</script> \\", pdf.GetPage(3).Text);
        Assert.Contains($"<img src={origin}/img.png>", pdf.GetPage(3).Text);
        Assert.Equal("Peak readiness proposal", pdf.Information.Title);
        // Long words wrap inside the page instead of running off it.
        Assert.All(pdf.GetPages(), page => Assert.All(page.Letters, l => Assert.True(l.BoundingBox.Right <= page.Width, $"'{l.Value}' at {l.BoundingBox.Right} on page {page.Number} of width {page.Width}")));
    }

    [Fact]
    public async Task TenDocumentsAtOnceAllPrint()
    {
        var documents = Enumerable.Range(1, 10).Select(i => Sample() with { Client = new DocumentClient($"Client number {i}", "Retail", "Nordics") }).ToList();

        var pdfs = await Task.WhenAll(documents.Select(PrintAsync));

        for (var i = 0; i < pdfs.Length; i++)
        {
            using var pdf = PdfDocument.Open(pdfs[i]);
            Assert.True(pdf.NumberOfPages >= 5);
            Assert.Contains($"Client number {i + 1}", pdf.GetPage(1).Text);
        }
    }

    [Fact]
    public void EveryValueIsEscapedUnlessTheTemplateSaysRawAndTheModelIsAllItCanRead()
    {
        var templates = Path.Combine(Path.GetTempPath(), "configurator-templates-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(Path.Combine(templates, "proposal"));
        File.WriteAllText(Path.Combine(templates, "proposal", "t.sbnhtml"), "{{ client.name }}|{{ '<b>own</b>' | raw }}|{{ client.get_type }}|{{ document.title.length }}");
        File.WriteAllText(Path.Combine(templates, "proposal", "escape.sbnhtml"), "{{ include '../../outside.txt' }}");
        File.WriteAllText(Path.Combine(templates, "proposal", "loop.sbnhtml"), "{{ for i in 1..10000000 }}x{{ end }}");
        var folder = new TemplateFolder(Microsoft.Extensions.Options.Options.Create(new TemplateSettings { Path = templates }));
        var sample = Sample() with { Client = new DocumentClient("<b>typed</b>", "", "") };

        var output = folder.Render("proposal/t.sbnhtml", sample);

        Assert.Equal("&lt;b&gt;typed&lt;/b&gt;|<b>own</b>||", output);
        var escape = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => folder.Render("proposal/escape.sbnhtml", sample));
        Assert.Contains("leaves the templates folder", escape.ToString() + escape.InnerException);
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => folder.Render("proposal/loop.sbnhtml", sample));
    }

    [Fact]
    public async Task AnAdminPrintsTheSampleProposalInEitherLanguage()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var english = await admin.SubmitFormAsync("/admin/pdf", "/admin/pdf/sample.pdf", []);
        var chinese = await admin.SubmitFormAsync("/admin/pdf", "/admin/pdf/sample.pdf?language=zh-CN", []);
        var html = await admin.GetAsync("/admin/pdf/sample.html");

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("application/pdf", english.Content.Headers.ContentType?.MediaType);
        using var en = PdfDocument.Open(await english.Content.ReadAsByteArrayAsync());
        using var zh = PdfDocument.Open(await chinese.Content.ReadAsByteArrayAsync());
        Assert.Contains("Your challenges", TextOf(en));
        Assert.Contains("您面临的挑战", TextOf(zh));
        Assert.StartsWith("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single());
    }
}
