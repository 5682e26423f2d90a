using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>One section on the sections page: what is saved or typed, its preview, and what was refused.</summary>
public sealed record SectionEditor(ProposalSectionKind Kind, string Text, string Preview, bool Saved, string? Error)
{
    /// <summary>True when the text shown is a starter or typed text not saved yet.</summary>
    public bool Unsaved => !Saved;
}

/// <summary>A content block the page suggests, with why: the tags it shares with the client.</summary>
public sealed record SuggestedBlock(int Id, string Kind, string Title, string Preview, IReadOnlyList<string> Matches, bool Suggested);

/// <summary>The sections page of a proposal: every section with its editor, and the content blocks to insert.</summary>
public sealed record SectionsViewModel(Proposal Proposal, string ClientName, IReadOnlyList<SectionEditor> Sections, bool Editable)
{
    public IReadOnlyList<SuggestedBlock> Blocks { get; init; } = [];

    /// <summary>Said before the first change when the change sends the proposal back to draft (the builder's rule and words).</summary>
    public string? EditWarning { get; init; }

    /// <summary>For an htmx answer: the section that changed (the others' versions move out of band).</summary>
    public SectionEditor? Changed { get; init; }

    /// <summary>A refusal about the proposal's state (not a field), shown at the top.</summary>
    public string? Problem { get; init; }

    public string Url => SectionUrls.Page(Proposal.Id);
}

/// <summary>The sections page's URLs, in one place.</summary>
public static class SectionUrls
{
    public static string Page(int id) => $"/proposals/{id}/sections";

    public static string Section(int id, string code) => $"/proposals/{id}/sections/{code}";

    public static string Preview(int id, string code) => $"/proposals/{id}/sections/{code}/preview";

    public static string Start(int id, string code) => $"/proposals/{id}/sections?start={code}#section-{code}";

    public static string Insert(int id, int blockId) => $"/proposals/{id}/blocks/{blockId}";
}
