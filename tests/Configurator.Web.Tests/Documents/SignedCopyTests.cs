using System.Text.RegularExpressions;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium: the signature certificate appended to a copy of a really issued revision, read back with PdfPig.</summary>
public sealed class SignedCopyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string AndroidChrome = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    /// <summary>A 40×12 greyscale PNG: a drawn signature.</summary>
    public static readonly byte[] SignaturePng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAACgAAAAMCAAAAAA1qKCRAAAAJElEQVR4nGNg+A8GBCli1aGQ1DGWgVjzGIi1l4FY9zEMp+ABAMzCmnT71sDBAAAAAElFTkSuQmCC");

    private static readonly DateTimeOffset _sent = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);

    public static SignatureFacts Facts(int proposalId, byte[] revisionPdf, string language = "en", byte[]? signature = null, string currency = "EUR") => new(
        proposalId, "Peak readiness proposal", 1, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(revisionPdf)), language,
        "Nordby Foods", "Better", 48_250.5m, currency,
        "Dana Smith", "CFO", "dana@nordby.example", "203.0.113.7", AndroidChrome,
        _sent, _sent.AddHours(3).AddMinutes(2), new DateTimeOffset(2026, 12, 2, 14, 5, 9, TimeSpan.Zero), signature);

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private async Task<(int Id, byte[] Pdf)> IssuedAsync(string account)
    {
        var (presales, id) = await app.ApprovedProposalAsync(account, "Peak readiness", "en",
            [new { title = "Orders ship late", category = "SLOW-FULFIL", severity = 4, annualImpact = 120000m }]);
        return (id, await presales.IssueRevisionAsync(id));
    }

    [Fact]
    public async Task TheCopyIsTheRevisionsPagesPlusACertificateThatNamesTheHashSignerOptionAndTimes()
    {
        var (id, revisionPdf) = await IssuedAsync("Certificate Oy");
        var untouched = revisionPdf.ToArray();
        var facts = Facts(id, revisionPdf, signature: SignaturePng);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var copy = await scope.ServiceProvider.GetRequiredService<SignedCopies>().CreateAsync(facts, revisionPdf, CancellationToken.None);
        await db.SaveChangesAsync();

        using var original = PdfDocument.Open(untouched);
        using var signed = PdfDocument.Open(copy.Pdf);
        Assert.Equal(untouched, revisionPdf);
        Assert.Equal(untouched, (await db.ProposalRevisions.AsNoTracking().SingleAsync(r => r.ProposalId == id)).Pdf);
        Assert.Equal(original.NumberOfPages + 1, signed.NumberOfPages);
        for (var page = 1; page <= original.NumberOfPages; page++)
        {
            Assert.Equal(original.GetPage(page).Text, signed.GetPage(page).Text);
        }
        var certificate = Flat(signed.GetPage(signed.NumberOfPages).Text);
        Assert.Contains("Signature certificate", certificate);
        Assert.Contains(facts.RevisionSha256, certificate.Replace(" ", ""));
        Assert.Contains("Peak readiness proposal", certificate);
        Assert.Contains("Dana Smith", certificate);
        Assert.Contains("CFO", certificate);
        Assert.Contains("dana@nordby.example", certificate);
        Assert.Contains("203.0.113.7", certificate);
        Assert.Contains("Chrome on Android", certificate);
        Assert.Contains("Better", certificate);
        Assert.Contains("EUR 48,250.50", certificate);
        Assert.Contains("1 December 2026, 08:30:00 UTC", certificate);
        Assert.Contains("1 December 2026, 11:32:00 UTC", certificate);
        Assert.Contains("2 December 2026, 14:05:09 UTC", certificate);
        Assert.DoesNotContain("Typed name only", certificate);
        Assert.NotEmpty(signed.GetPage(signed.NumberOfPages).GetImages());
        Assert.Equal("Peak readiness proposal (signed)", signed.Information.Title);
        Assert.Equal(original.Information.Author, signed.Information.Author);
        Assert.Equal(SignedCopyHash(copy.Pdf), copy.Sha256);
        Assert.Equal(facts.RevisionSha256, copy.OriginalSha256);
        Assert.Equal((id, 1, "Dana Smith"), (copy.ProposalId, copy.RevisionNumber, copy.SignerName));
    }

    [Fact]
    public async Task WithoutADrawnSignatureTheCertificateSaysTypedNameOnly()
    {
        var (id, revisionPdf) = await IssuedAsync("Typed Oy");

        using var scope = app.Services.CreateScope();
        var copy = await scope.ServiceProvider.GetRequiredService<SignedCopies>().CreateAsync(Facts(id, revisionPdf), revisionPdf, CancellationToken.None);

        using var signed = PdfDocument.Open(copy.Pdf);
        var last = signed.GetPage(signed.NumberOfPages);
        Assert.Contains("Typed name only (no drawn signature)", Flat(last.Text));
        Assert.Empty(last.GetImages());
    }

    [Fact]
    public async Task AChineseProposalGetsAChineseCertificateWithItsMoneyAndDates()
    {
        var (id, revisionPdf) = await IssuedAsync("Chinese Certificate Oy");

        using var scope = app.Services.CreateScope();
        var copy = await scope.ServiceProvider.GetRequiredService<SignedCopies>()
            .CreateAsync(Facts(id, revisionPdf, "zh-CN", SignaturePng, "CNY"), revisionPdf, CancellationToken.None);

        using var signed = PdfDocument.Open(copy.Pdf);
        var certificate = Flat(signed.GetPage(signed.NumberOfPages).Text);
        Assert.Contains("签署证书", certificate);
        Assert.Contains("Android 上的 Chrome", certificate);
        Assert.Contains("¥48,250.50", certificate);
        Assert.Contains("2026年12月2日 14:05:09 UTC", certificate);
        Assert.Contains("版本 PDF 的 SHA-256", certificate);
    }

    [Fact]
    public async Task TheCopyIsSavedOnlyWhenTheCallerSaves()
    {
        var (id, revisionPdf) = await IssuedAsync("Unsaved Oy");

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SignedCopies>().CreateAsync(Facts(id, revisionPdf), revisionPdf, CancellationToken.None);
        }

        using var check = app.Services.CreateScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().SignedCopies.AnyAsync(c => c.ProposalId == id));
    }

    [Fact]
    public async Task ARevisionPdfThatIsNotTheOneTheFactsNameIsRefused()
    {
        var (id, revisionPdf) = await IssuedAsync("Mismatch Oy");
        var facts = Facts(id, revisionPdf) with { RevisionSha256 = new string('0', 64) };

        using var scope = app.Services.CreateScope();
        await Assert.ThrowsAsync<ArgumentException>(() =>
            scope.ServiceProvider.GetRequiredService<SignedCopies>().CreateAsync(facts, revisionPdf, CancellationToken.None));
        Assert.Empty(scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().ChangeTracker.Entries<Configurator.Domain.Proposals.SignedCopy>());
    }

    [Fact]
    public void TheCertificateHtmlEscapesWhatTheClientTypedAndLoadsOnlyDataImages()
    {
        var facts = Facts(1, [1, 2, 3], signature: SignaturePng) with { SignerName = "<script>alert(1)</script>", SignerTitle = "\"><img src=http://127.0.0.1:9/x>" };

        var html = app.Services.CreateScope().ServiceProvider.GetRequiredService<SignedCopies>().RenderHtml(facts);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<img src=http", html);
        Assert.Contains("content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\"", html);
        Assert.Contains("<img src=\"data:image/png;base64,iVBORw0KGgo", html);
    }

    [Fact]
    public async Task TheCertificatesOwnPolicyRefusesADataStylesheet()
    {
        // The renderer aborts network requests, but Chromium never routes data: URLs through interception: the
        // certificate's Content-Security-Policy is what keeps its data: URLs to images.
        var html = app.Services.CreateScope().ServiceProvider.GetRequiredService<SignedCopies>().RenderHtml(Facts(1, [1, 2, 3], signature: SignaturePng));
        var sneaky = "<link rel=\"stylesheet\" href=\"data:text/css,h1,p{display:none}\">";

        var pdf = await app.Services.GetRequiredService<PdfRenderer>().RenderAsync(
            new PdfJob(html.Replace("</head>", sneaky + "</head>", StringComparison.Ordinal), new PdfInfo("t", "a", "s", "en", DateTimeOffset.UnixEpoch)));

        using var certificate = PdfDocument.Open(pdf);
        Assert.Contains("Signature certificate", Flat(certificate.GetPage(1).Text));
        Assert.NotEmpty(certificate.GetPage(1).GetImages());
    }

    [Fact]
    public async Task AProposalPrintedAfterACertificateKeepsItsLogoAndStyle()
    {
        // Pages are reused and a policy set by a document's meta tag stays with the page: the certificate's must
        // not take anything a proposal needs (inline styles, data: images).
        var renderer = app.Services.GetRequiredService<PdfRenderer>();
        var documents = app.Services.GetRequiredService<ProposalDocumentRenderer>();
        var html = app.Services.CreateScope().ServiceProvider.GetRequiredService<SignedCopies>().RenderHtml(Facts(1, [1, 2, 3], signature: SignaturePng));
        var brand = new DocumentBrand("Acme Solutions", "data:image/png;base64," + Convert.ToBase64String(SignaturePng), "#2a6f4e", "1 Main Street", "Acme Ltd");
        var sample = SampleDocument.Create(documents.Labels("en"), brand, "en", new DateOnly(2026, 12, 6), "Pat Presales");

        await renderer.RenderAsync(new PdfJob(html, new PdfInfo("t", "a", "s", "en", DateTimeOffset.UnixEpoch)));
        using var proposal = PdfDocument.Open(await documents.RenderPdfAsync(sample, DateTimeOffset.UnixEpoch));

        Assert.NotEmpty(proposal.GetPage(1).GetImages());
        Assert.Contains("Executive summary", string.Join("\n", proposal.GetPages().Select(p => p.Text)));
        Assert.Contains("Acme Solutions", proposal.GetPage(2).Text);
    }

    [Fact]
    public void ASignatureThatIsNotAPngIsTheCallersBug()
    {
        var facts = Facts(1, [1, 2, 3], signature: [0x47, 0x49, 0x46, 0x38]);

        Assert.Throws<ArgumentException>(() => app.Services.CreateScope().ServiceProvider.GetRequiredService<SignedCopies>().RenderHtml(facts));
    }

    private static string SignedCopyHash(byte[] pdf) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
}
