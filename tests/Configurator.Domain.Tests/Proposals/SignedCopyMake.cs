using System.Security.Cryptography;
using Configurator.Domain.Proposals;

namespace Configurator.Domain.Tests.Proposals;

public sealed class SignedCopyMake
{
    private static readonly DateTimeOffset _at = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FingerprintsThePdfAsLowercaseHexSha256()
    {
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3];

        var copy = SignedCopy.Make(7, 2, _at, "Dana Smith", pdf, "abc");

        Assert.Equal(Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant(), copy.Sha256);
        Assert.Equal((7, 2, _at, "Dana Smith", "abc"), (copy.ProposalId, copy.RevisionNumber, copy.SignedAt, copy.SignerName, copy.OriginalSha256));
        Assert.Same(pdf, copy.Pdf);
    }

    [Fact]
    public void RefusesABlankOrOverlongSignerAndAnEmptyPdf()
    {
        Assert.ThrowsAny<ArgumentException>(() => SignedCopy.Make(1, 1, _at, " ", [1], "abc"));
        Assert.ThrowsAny<ArgumentException>(() => SignedCopy.Make(1, 1, _at, new string('a', SignedCopy.SignerNameMaxLength + 1), [1], "abc"));
        Assert.ThrowsAny<ArgumentException>(() => SignedCopy.Make(1, 1, _at, "Dana", [], "abc"));
        Assert.ThrowsAny<ArgumentException>(() => SignedCopy.Make(1, 0, _at, "Dana", [1], "abc"));
    }

    [Fact]
    public void HashOfMatchesWhatARevisionRecords()
    {
        byte[] pdf = [1, 2, 3, 4];

        var revision = ProposalRevision.Issue(1, 1, "u", "U", _at, "{}", "<html></html>", pdf, RevisionFigures.None);

        Assert.Equal(revision.Sha256, SignedCopy.HashOf(pdf));
    }
}
