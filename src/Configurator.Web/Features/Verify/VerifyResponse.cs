namespace Configurator.Web.Features.Verify;

/// <summary>What <c>POST /api/v1/verify</c> answers: the match and nothing more (see docs/api.md).</summary>
public sealed record VerifyResponse(string Match, string? ProposalTitle, int? RevisionNumber, DateTimeOffset? IssuedAt, DateTimeOffset? SignedAt, string? SignerName)
{
    public static VerifyResponse From(DocumentCheck check) => check.Match switch
    {
        DocumentMatch.Revision => new("revision", check.ProposalTitle, check.RevisionNumber, check.At, null, null),
        DocumentMatch.SignedCopy => new("signedCopy", check.ProposalTitle, check.RevisionNumber, null, check.At, check.SignerName),
        _ => new("none", null, null, null, null, null),
    };
}
