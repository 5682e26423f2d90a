namespace Configurator.Web.Documents;

/// <summary>Turns a document model into the HTML a person previews and the PDF printed from that same HTML.</summary>
public sealed class ProposalDocuments(TemplateFolder templates, PdfRenderer pdf)
{
    private const string MainTemplate = "proposal/proposal.sbnhtml";
    private const string FooterTemplate = "proposal/footer.sbnhtml";

    public string RenderHtml(DocumentModel model) => templates.Render(MainTemplate, model);

    public Task<byte[]> RenderPdfAsync(DocumentModel model, CancellationToken cancellationToken = default) =>
        pdf.RenderAsync(RenderHtml(model), templates.Render(FooterTemplate, model), cancellationToken);

    /// <summary>A short document that exercises the pipeline end to end (Latin and Chinese text, page numbers).</summary>
    public static DocumentModel Sample(DateOnly date, string preparedBy) => new(
        new DocumentInfo("PDF pipeline check", "en", date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), 1, preparedBy),
        new DocumentBrand("Configurator Demo Co.", "#1f5f8b"),
        new DocumentClient("Nordby Foods"),
        [
            new DocumentSection("What this checks", [
                "This page was rendered from a Scriban template under templates/proposal and printed to PDF by headless Chromium.",
                "If you can read this, proposal documents can be produced on this server.",
            ]),
            new DocumentSection("Simplified Chinese", ["解决方案建议书：为客户的痛点提供差异化的解决方案。"]),
        ]);
}
