namespace Configurator.Web.Documents;

/// <summary>
/// Turns a proposal document model into HTML (the templates under templates/proposal) and prints that
/// very HTML to PDF (its running header and footer are in its CSS) with the PDF's title, author, subject and language.
/// </summary>
public sealed class ProposalDocumentRenderer(TemplateFolder templates, PdfRenderer pdf)
{
    private const string MainTemplate = "proposal/proposal.sbnhtml";

    public string RenderHtml(ProposalDocument document) => templates.Render(MainTemplate, document);

    /// <summary>The labels a document in <paramref name="language"/> is written with.</summary>
    public IReadOnlyDictionary<string, string> Labels(string language) => templates.Labels(language);

    public Task<byte[]> RenderPdfAsync(ProposalDocument document, DateTimeOffset created, CancellationToken cancellationToken = default) =>
        RenderPdfAsync(document, RenderHtml(document), created, cancellationToken);

    /// <summary>Prints HTML rendered before from <paramref name="document"/> (the header, footer and information come from the model).</summary>
    public Task<byte[]> RenderPdfAsync(ProposalDocument document, string html, DateTimeOffset created, CancellationToken cancellationToken = default)
    {
        var labels = document.Labels;
        var info = new PdfInfo(
            document.Document.Title,
            labels.GetValueOrDefault("pdf_author", "{person}, {company}")
                .Replace("{person}", document.Document.PreparedBy, StringComparison.Ordinal).Replace("{company}", document.Brand.Name, StringComparison.Ordinal),
            labels.GetValueOrDefault("pdf_subject", "Proposal for {client}: {opportunity}")
                .Replace("{client}", document.Client.Name, StringComparison.Ordinal).Replace("{opportunity}", document.Opportunity.Name, StringComparison.Ordinal),
            document.Document.Language,
            created);
        return pdf.RenderAsync(new PdfJob(html, info), cancellationToken);
    }
}
