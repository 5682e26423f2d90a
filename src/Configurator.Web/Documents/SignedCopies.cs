using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Configurator.Web.Documents;

/// <summary>
/// Makes the signed copy of a revision when the client accepts it: prints the signature certificate
/// (templates/certificate) in the locked-down browser and appends it to a copy of the revision's PDF. The
/// revision's own bytes are never touched. The copy is added to the caller's unit of work, which saves it
/// with the acceptance, or not at all.
/// </summary>
public sealed class SignedCopies(ConfiguratorDbContext db, TemplateFolder templates, PdfRenderer pdf)
{
    private const string Template = "certificate/certificate.sbnhtml";

    /// <summary>The certificate page as HTML: what is printed, for tests and a look in the browser.</summary>
    public string RenderHtml(SignatureFacts facts) =>
        templates.Render(Template, SignatureCertificate.From(facts, templates.Labels(facts.Language)));

    /// <summary>Renders the certificate, appends it to a copy of <paramref name="revisionPdf"/> and adds the copy to the context (the caller saves).</summary>
    public async Task<SignedCopy> CreateAsync(SignatureFacts facts, byte[] revisionPdf, CancellationToken ct)
    {
        var originalSha256 = SignedCopy.HashOf(revisionPdf);
        if (!string.Equals(originalSha256, facts.RevisionSha256, StringComparison.Ordinal))
        {
            // The certificate would name a fingerprint the pages it follows do not have.
            throw new ArgumentException("The revision PDF is not the one whose SHA-256 the facts name.", nameof(revisionPdf));
        }
        var labels = templates.Labels(facts.Language);
        var (author, subject) = Information(revisionPdf);
        var info = new PdfInfo(labels["certificate_pdf_title"].Replace("{title}", facts.ProposalTitle, StringComparison.Ordinal),
            author, subject, facts.Language, facts.SignedAt);
        var certificate = await pdf.RenderAsync(new PdfJob(RenderHtml(facts), info), ct);
        // A new document built from both: the revision's array is only read.
        var merged = PdfMerger.Merge([revisionPdf, certificate], null, PdfAStandard.None, null);
        var copy = SignedCopy.Make(facts.ProposalId, facts.RevisionNumber, facts.SignedAt, facts.SignerName,
            PdfMetadata.Apply(merged, info), originalSha256);
        db.SignedCopies.Add(copy);
        return copy;
    }

    // The signed copy keeps the revision's author and subject; its title says it is signed.
    private static (string Author, string Subject) Information(byte[] revisionPdf)
    {
        using var document = PdfDocument.Open(revisionPdf);
        return (document.Information.Author ?? "", document.Information.Subject ?? "");
    }
}
