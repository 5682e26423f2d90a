namespace Configurator.Domain.Proposals;

/// <summary>
/// An issued, immutable snapshot of a proposal: its data as it was (items, prices, pain points,
/// people), the HTML and the PDF printed from it. Nothing changes a revision once issued.
/// </summary>
public sealed class ProposalRevision
{
    private ProposalRevision()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public int Number { get; private set; }

    public string IssuedById { get; private set; } = "";

    public string IssuedByName { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The proposal as JSON, with its figures and the discovery it answered, as issued.</summary>
    public string Data { get; private set; } = "";

    public string Html { get; private set; } = "";

    public byte[] Pdf { get; private set; } = [];

    /// <summary>SHA-256 of <see cref="Pdf"/>, lowercase hex.</summary>
    public string Sha256 { get; private set; } = "";

    public static ProposalRevision Issue(int proposalId, int number, string issuedById, string issuedByName, DateTimeOffset at, string data, string html, byte[] pdf) => new()
    {
        ProposalId = proposalId,
        Number = number,
        IssuedById = issuedById,
        IssuedByName = issuedByName,
        IssuedAt = at,
        Data = data,
        Html = html,
        Pdf = pdf,
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)),
    };
}
