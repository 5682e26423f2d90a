namespace Configurator.Web.Features.Verify;

/// <summary>What an uploaded file turned out to be.</summary>
public enum DocumentMatch
{
    /// <summary>Not a document we issued, or one changed after we issued it.</summary>
    None,

    /// <summary>An issued revision, byte for byte.</summary>
    Revision,

    /// <summary>The signed copy of a revision (the revision with its signature certificate), byte for byte.</summary>
    SignedCopy,
}

/// <summary>
/// The answer "verify a document" gives, and all it gives: which revision of which proposal, when issued or
/// accepted and by whom. Nothing else about the proposal (no amounts, no ids) leaves through it.
/// </summary>
/// <param name="At">When the revision was issued, or when the copy was signed; null for <see cref="DocumentMatch.None"/>.</param>
public sealed record DocumentCheck(DocumentMatch Match, string ProposalTitle, int RevisionNumber, DateTimeOffset? At, string SignerName)
{
    public static DocumentCheck NotOurs { get; } = new(DocumentMatch.None, "", 0, null, "");
}
