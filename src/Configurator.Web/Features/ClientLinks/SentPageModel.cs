namespace Configurator.Web.Features.ClientLinks;

/// <summary>What the sender sees once after sending: the links to copy when no mail server sent them, or to whom they were e-mailed.</summary>
public sealed record SentPageModel(int ProposalId, string Title, int Revision, IReadOnlyList<SentLink> Links, bool Mailed)
{
    /// <summary>False after a reload: the links were shown once and are gone.</summary>
    public bool Shown => Links.Count > 0;
}
