namespace Configurator.Web.Documents;

/// <summary>
/// The read-only view a proposal template sees (plain records, never EF entities). This is the thin
/// first version; the proposal document issue grows it to the full model documented in templates/README.md.
/// </summary>
public sealed record DocumentModel(
    DocumentInfo Document,
    DocumentBrand Brand,
    DocumentClient Client,
    IReadOnlyList<DocumentSection> Sections);
