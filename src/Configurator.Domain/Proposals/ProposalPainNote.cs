namespace Configurator.Domain.Proposals;

/// <summary>
/// Why the proposal does not answer one of the client's pain points, in a sentence the document prints
/// under that challenge ("Not part of this proposal because …").
/// </summary>
public sealed class ProposalPainNote
{
    private ProposalPainNote()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public int PainPointId { get; private set; }

    public string Text { get; private set; } = "";

    internal static ProposalPainNote Create(int painPointId, string text) => new() { PainPointId = painPointId, Text = text };

    internal void Change(string text) => Text = text;
}
