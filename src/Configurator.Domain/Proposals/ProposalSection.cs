namespace Configurator.Domain.Proposals;

/// <summary>One section of the document as presales wrote it, in Markdown (<see cref="ProposalSectionKind"/> says which).</summary>
public sealed class ProposalSection
{
    private ProposalSection()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    /// <summary>The section's code (<see cref="ProposalSectionKind.Code"/>).</summary>
    public string Kind { get; private set; } = "";

    public string Text { get; private set; } = "";

    internal static ProposalSection Create(string kind, string text) => new() { Kind = kind, Text = text };

    internal void Change(string text) => Text = text;
}
