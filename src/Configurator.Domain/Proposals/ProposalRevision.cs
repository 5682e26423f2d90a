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

    /// <summary>The name of the option the revision recommended (see <see cref="Proposals.RecommendedOption"/>); empty when it had none.</summary>
    public string RecommendedOption { get; private set; } = "";

    /// <summary>The recommended option's contract value, in the proposal's currency.</summary>
    public decimal ContractValue { get; private set; }

    /// <summary>The recommended option's discount off its list contract value, in percent.</summary>
    public decimal DiscountPercent { get; private set; }

    /// <summary>The share of the recommended option's contract value that innovations and services carry, 0…1.</summary>
    public decimal DifferentiationShare { get; private set; }

    public static ProposalRevision Issue(int proposalId, int number, string issuedById, string issuedByName, DateTimeOffset at, string data, string html, byte[] pdf,
        RevisionFigures figures) => new()
        {
            RecommendedOption = figures.RecommendedOption,
            ContractValue = figures.ContractValue,
            DiscountPercent = figures.DiscountPercent,
            DifferentiationShare = figures.DifferentiationShare,
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
