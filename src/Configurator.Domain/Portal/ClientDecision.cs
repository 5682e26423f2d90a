namespace Configurator.Domain.Portal;

/// <summary>
/// The client's answer to one sent revision: accepted (an option, signed) or declined (with a reason).
/// Final: one per proposal and revision (a unique index makes two recipients accepting at once record
/// exactly one). Who, when, from where and on which exact PDF (its SHA-256) is kept as evidence.
/// </summary>
public sealed class ClientDecision
{
    private ClientDecision()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public int RevisionNumber { get; private set; }

    public int ClientLinkId { get; private set; }

    public ClientDecisionKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The accepted option (null for a decline).</summary>
    public int? OptionId { get; private set; }

    public string SignerName { get; private set; } = "";

    public string SignerTitle { get; private set; } = "";

    /// <summary>A drawn signature, PNG (null when the signer typed their name only).</summary>
    public byte[]? SignaturePng { get; private set; }

    public string IpAddress { get; private set; } = "";

    public string UserAgent { get; private set; } = "";

    /// <summary>SHA-256 of the revision's PDF the client accepted or declined.</summary>
    public string RevisionSha256 { get; private set; } = "";

    public DeclineReason? DeclineReason { get; private set; }

    public string Competitor { get; private set; } = "";

    public string Text { get; private set; } = "";

    public static ClientDecision Accepted(ClientLink link, int optionId, string signerName, string signerTitle, byte[]? signaturePng,
        string ipAddress, string userAgent, string revisionSha256, DateTimeOffset at) => new()
        {
            ProposalId = link.ProposalId,
            RevisionNumber = link.RevisionNumber,
            ClientLinkId = link.Id,
            Kind = ClientDecisionKind.Accepted,
            At = at,
            OptionId = optionId,
            SignerName = signerName,
            SignerTitle = signerTitle,
            SignaturePng = signaturePng,
            IpAddress = ipAddress,
            UserAgent = userAgent,
            RevisionSha256 = revisionSha256,
        };

    public static ClientDecision Declined(ClientLink link, DeclineReason reason, string competitor, string text, string signerName,
        string ipAddress, string userAgent, string revisionSha256, DateTimeOffset at) => new()
        {
            ProposalId = link.ProposalId,
            RevisionNumber = link.RevisionNumber,
            ClientLinkId = link.Id,
            Kind = ClientDecisionKind.Declined,
            At = at,
            DeclineReason = reason,
            Competitor = competitor,
            Text = text,
            SignerName = signerName,
            IpAddress = ipAddress,
            UserAgent = userAgent,
            RevisionSha256 = revisionSha256,
        };
}

public enum ClientDecisionKind
{
    Accepted,
    Declined,
}

/// <summary>Why a client declined: the short list the client picks from (the free text says the rest).</summary>
public enum DeclineReason
{
    Price,
    Timing,
    Competitor,
    NoBudget,
    NotAFit,
    Other,
}
