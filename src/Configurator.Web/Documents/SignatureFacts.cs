namespace Configurator.Web.Documents;

/// <summary>Everything the signature certificate states about one acceptance, as the accept flow recorded it.</summary>
/// <param name="Language">The proposal's language: <c>en</c> or <c>zh-CN</c>.</param>
/// <param name="SignaturePng">The drawn signature, already checked to be a PNG by the caller; null for a typed name only.</param>
public sealed record SignatureFacts(
    int ProposalId, string ProposalTitle, int RevisionNumber, string RevisionSha256, string Language,
    string AccountName, string OptionName, decimal ContractValue, string CurrencyCode,
    string SignerName, string SignerTitle, string SignerEmail, string IpAddress, string UserAgent,
    DateTimeOffset SentAt, DateTimeOffset? FirstViewedAt, DateTimeOffset SignedAt, byte[]? SignaturePng);
