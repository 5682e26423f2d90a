using System.Security.Cryptography;
using System.Text.Json;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Verify;

/// <summary>
/// "Verify a document", for the page and the API alike: checks the upload (there, a PDF, not too large),
/// fingerprints it with SHA-256 and looks the fingerprint up among issued revisions and signed copies.
/// </summary>
public sealed class DocumentVerifier(ConfiguratorDbContext db)
{
    /// <summary>Larger than any proposal we print; the form and the API refuse anything beyond it.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>What the endpoints let through before the check above says "too large": the file and the form around it.</summary>
    public const long RequestLimit = 32 * 1024 * 1024;

    public const string FileField = "file";

    public const string NoFileCode = "verify.no-file";
    public const string NotPdfCode = "verify.not-pdf";
    public const string TooLargeCode = "verify.too-large";

    private static ReadOnlySpan<byte> PdfHeader => "%PDF-"u8;

    /// <summary>The upload's problem, if any (one at a time: the first thing to fix).</summary>
    public static FieldError? Check(IFormFile? file, ReadOnlySpan<byte> start) => file switch
    {
        null or { Length: 0 } => new FieldError(FileField, "Choose the PDF file to check.", NoFileCode),
        { Length: > MaxBytes } => new FieldError(FileField, "The file is larger than 20 MB, more than any document we issue. Choose the PDF you received from us.", TooLargeCode),
        _ when !start.StartsWith(PdfHeader) => new FieldError(FileField, "This file is not a PDF. Choose the PDF document you want to check.", NotPdfCode),
        _ => null,
    };

    /// <summary>Checks and fingerprints the upload; the error, or what the fingerprint matched.</summary>
    public async Task<(DocumentCheck? Check, FieldError? Error)> VerifyAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var start = new byte[PdfHeader.Length];
        var read = 0;
        if (file is { Length: > 0 and <= MaxBytes })
        {
            await using var head = file.OpenReadStream();
            read = await head.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        }
        if (Check(file, start.AsSpan(0, read)) is { } error)
        {
            return (null, error);
        }
        await using var stream = file!.OpenReadStream();
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        return (await FindAsync(hash, cancellationToken), null);
    }

    /// <summary>What a SHA-256 (lowercase hex) belongs to: a signed copy, an issued revision, or nothing of ours.</summary>
    public async Task<DocumentCheck> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        var signed = await db.SignedCopies.AsNoTracking()
            .Where(c => c.Sha256 == sha256)
            .Select(c => new { c.ProposalId, c.RevisionNumber, c.SignedAt, c.SignerName })
            .FirstOrDefaultAsync(cancellationToken);
        if (signed is not null)
        {
            var title = await TitleAsync(signed.ProposalId, signed.RevisionNumber, cancellationToken);
            return new DocumentCheck(DocumentMatch.SignedCopy, title, signed.RevisionNumber, signed.SignedAt, signed.SignerName);
        }
        var revision = await db.ProposalRevisions.AsNoTracking()
            .Where(r => r.Sha256 == sha256)
            .Select(r => new { r.ProposalId, r.Number, r.IssuedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return revision is null
            ? DocumentCheck.NotOurs
            : new DocumentCheck(DocumentMatch.Revision, await TitleAsync(revision.ProposalId, revision.Number, cancellationToken), revision.Number, revision.IssuedAt, "");
    }

    // The title the revision was issued with (its snapshot keeps it); the proposal's title may have changed since.
    private async Task<string> TitleAsync(int proposalId, int number, CancellationToken cancellationToken)
    {
        var data = await db.ProposalRevisions.AsNoTracking()
            .Where(r => r.ProposalId == proposalId && r.Number == number)
            .Select(r => r.Data)
            .FirstOrDefaultAsync(cancellationToken);
        if (data is not null)
        {
            using var snapshot = JsonDocument.Parse(data);
            if (snapshot.RootElement.TryGetProperty("proposal", out var proposal) && proposal.TryGetProperty("title", out var title)
                && title.GetString() is { Length: > 0 } issued)
            {
                return issued;
            }
        }
        return await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken) ?? "";
    }
}
