namespace Configurator.Domain.Proposals;

/// <summary>The sections presales write (introduction, understanding, approach, references, closing, terms). A change follows the rule of every edit.</summary>
public sealed partial class Proposal
{
    private readonly List<ProposalSection> _sections = [];

    /// <summary>The sections presales have written; one that was never written or was emptied is absent.</summary>
    public IReadOnlyList<ProposalSection> Sections => _sections;

    /// <summary>The Markdown of a section, or empty when it is not written.</summary>
    public string SectionText(ProposalSectionKind kind) => _sections.FirstOrDefault(s => s.Kind == kind.Code)?.Text ?? "";

    /// <summary>
    /// Writes a section (empty text takes it away). Refused with nothing changed when the proposal can no
    /// longer change or the text is longer than the section allows; a change to a proposal in review or
    /// approved sends it back to draft, as any edit does.
    /// </summary>
    public IReadOnlyList<ProposalIssue> WriteSection(ProposalSectionKind kind, string? text, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        var (kept, problem) = kind.Check(text);
        if (problem is not null)
        {
            return [problem];
        }
        var existing = _sections.FirstOrDefault(s => s.Kind == kind.Code);
        if ((existing?.Text ?? "") == kept)
        {
            return [];
        }
        Edited(actorId, at);
        if (kept.Length == 0)
        {
            _sections.Remove(existing!);
        }
        else if (existing is null)
        {
            _sections.Add(ProposalSection.Create(kind.Code, kept));
        }
        else
        {
            existing.Change(kept);
        }
        return [];
    }

    /// <summary>
    /// Copies a content block into the references section, as a heading and its text in the proposal's
    /// language, after what is there: the copy is the proposal's own and never follows the block again.
    /// </summary>
    public IReadOnlyList<ProposalIssue> InsertBlock(ContentBlock block, string actorId, DateTimeOffset at)
    {
        var (title, text) = block.For(Language);
        var existing = SectionText(ProposalSectionKind.References);
        var copy = $"## {title}\n\n{text}";
        return WriteSection(ProposalSectionKind.References, existing.Length == 0 ? copy : existing + "\n\n" + copy, actorId, at);
    }
}
