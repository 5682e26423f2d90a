using System.Security.Cryptography;

namespace Configurator.Domain.Proposals;

/// <summary>
/// The copy of an issued revision the client accepted: the revision's PDF with a signature certificate
/// page appended. The revision itself stays byte-identical; this copy is what the client downloads and
/// what "verify a document" recognises as signed. Nothing changes a signed copy once made.
/// </summary>
public sealed class SignedCopy
{
    /// <summary>As long as a person's name may be anywhere else (the discovery's people).</summary>
    public const int SignerNameMaxLength = Discovery.DiscoveryLimits.NameMaxLength;

    private SignedCopy()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public int RevisionNumber { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    public string SignerName { get; private set; } = "";

    /// <summary>The revision's pages and the certificate page.</summary>
    public byte[] Pdf { get; private set; } = [];

    /// <summary>SHA-256 of <see cref="Pdf"/>, lowercase hex.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>SHA-256 of the revision PDF this copy was made from (the revision's own hash), lowercase hex.</summary>
    public string OriginalSha256 { get; private set; } = "";

    /// <summary>
    /// A signed copy of revision <paramref name="revisionNumber"/>. The caller has checked the signer's
    /// name against its limit; a name beyond it or a blank one here is a bug, not user input.
    /// </summary>
    public static SignedCopy Make(int proposalId, int revisionNumber, DateTimeOffset signedAt, string signerName, byte[] pdf, string originalSha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(signerName.Length, SignerNameMaxLength, nameof(signerName));
        ArgumentOutOfRangeException.ThrowIfLessThan(revisionNumber, 1);
        if (pdf.Length == 0)
        {
            throw new ArgumentException("A signed copy needs its PDF.", nameof(pdf));
        }
        return new()
        {
            ProposalId = proposalId,
            RevisionNumber = revisionNumber,
            SignedAt = signedAt,
            SignerName = signerName,
            Pdf = pdf,
            Sha256 = HashOf(pdf),
            OriginalSha256 = originalSha256,
        };
    }

    /// <summary>How revisions and signed copies are fingerprinted: SHA-256, lowercase hex.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
