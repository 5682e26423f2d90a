using System.Diagnostics;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Brand;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

public sealed record RevisionRow(int Number, string IssuedByName, DateTimeOffset IssuedAt, string Sha256, int PdfBytes);

/// <summary>
/// Issues revisions: freezes the proposal's data with the pain points, people and brand it was issued
/// with, renders the document's HTML, prints that very HTML to PDF, and stores all three. Also renders
/// the document a proposal would print now (the preview and its draft PDF).
/// </summary>
public sealed class ProposalRevisions(ConfiguratorDbContext db, ProposalService proposals, ProposalDocumentBuilder builder, ProposalDocumentRenderer documents,
    RevisionClaims claims, DocumentWork work, TimeProvider clock, ILogger<ProposalRevisions> logger)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public async Task<(UseCaseResult Result, ProposalRevision? Revision)> IssueAsync(int id, int? version, string actorId, string actorName, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return (UseCaseResult.NotFound($"There is no proposal with the id {id}."), null);
        }
        var proposal = read.Proposal;
        if (version is { } named && named != proposal.Version)
        {
            return (UseCaseResult.Conflict($"The proposal has changed since version {named}; it is version {proposal.Version} now. Check it again before issuing."), null);
        }
        if (proposal.RevisionRefusal is { } refusal)
        {
            return (UseCaseResult.Conflict(refusal), null);
        }
        // The next number is claimed before anything is printed: whoever comes second is told now, not after a whole PDF.
        using var claim = claims.TryClaim(id);
        if (claim is null)
        {
            return (UseCaseResult.Conflict("Someone is issuing a revision of this proposal right now; reload in a moment to see it."), null);
        }
        var number = await NextNumberAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        var source = await SourceAsync(read, number, actorId, actorName, now, draft: false, cancellationToken);
        var (opportunity, account) = (source.Opportunity, source.Account);
        var body = ProposalResponse.From(proposal, read.Options, canSeeCosts: false);
        var data = JsonSerializer.Serialize(new
        {
            number,
            issuedAt = now,
            issuedBy = actorName,
            account = new { account.Id, account.Name, account.Industry, account.Region },
            opportunity = new { opportunity.Id, opportunity.Name, stage = DiscoveryTerms.Code(opportunity.Stage) },
            painPoints = opportunity.PainPoints.OrderBy(p => p.Priority).Select(p => new { p.Id, p.Title, p.Category, p.ClientWords, p.Severity, p.AnnualImpact }),
            stakeholders = opportunity.Stakeholders.Select(s => new { s.Id, s.Name, s.Title, role = DiscoveryTerms.Code(s.Role), stance = DiscoveryTerms.Code(s.Stance), s.Influence }),
            brand = new { source.Brand.Name, source.Brand.PrimaryColour, source.Brand.Address, source.Brand.LegalFooter },
            proposal = body,
            // The terms printed when presales wrote none: the admin's text may change later, the revision's may not.
            standardTerms = source.StandardTerms,
        }, _json);
        var (document, html) = await work.RunAsync(() => Render(source), cancellationToken);
        byte[] pdf;
        try
        {
            pdf = await documents.RenderPdfAsync(document, html, now, cancellationToken);
        }
        catch (PdfException e)
        {
            return (UseCaseResult.Unavailable($"The PDF could not be printed: {e.Message}"), null);
        }
        var revision = ProposalRevision.Issue(id, number, actorId, actorName, now, data, html, pdf, RevisionFigures.Of(read.Options));
        db.ProposalRevisions.Add(revision);
        var saved = await db.SaveOrConflictAsync(cancellationToken, number, "Someone issued a revision of this proposal at the same moment; reload to see it.");
        return (saved, saved.Succeeded ? revision : null);
    }

    /// <summary>The document as the next revision would print it: its model and the very HTML that becomes the PDF.</summary>
    public async Task<(ProposalDocument Document, string Html)?> PreviewAsync(int id, string actorId, string preparedBy, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return null;
        }
        var loaded = Stopwatch.GetTimestamp();
        var source = await SourceAsync(read, await NextNumberAsync(id, cancellationToken), actorId, preparedBy, clock.GetUtcNow(), draft: true, cancellationToken);
        var sourced = Stopwatch.GetTimestamp();
        var rendered = await work.RunAsync(() => Render(source), cancellationToken);
        logger.LogDebug("Preview of proposal {Id}: proposal read {Read:0.0} ms, its sources {Source:0.0} ms, model and HTML {Render:0.0} ms",
            id, Stopwatch.GetElapsedTime(started, loaded).TotalMilliseconds, Stopwatch.GetElapsedTime(loaded, sourced).TotalMilliseconds, Stopwatch.GetElapsedTime(sourced).TotalMilliseconds);
        return rendered;
    }

    // The CPU-heavy part, run through DocumentWork so documents being printed never take every core from the other requests.
    private (ProposalDocument Document, string Html) Render(DocumentSource source)
    {
        var started = Stopwatch.GetTimestamp();
        var document = builder.Build(source);
        var built = Stopwatch.GetTimestamp();
        var html = documents.RenderHtml(document);
        logger.LogDebug("Document model {Model:0.0} ms, HTML {Html:0.0} ms ({Characters} characters)",
            Stopwatch.GetElapsedTime(started, built).TotalMilliseconds, Stopwatch.GetElapsedTime(built).TotalMilliseconds, html.Length);
        return (document, html);
    }

    /// <summary>The preview printed: the same HTML, marked as a draft in the running header. Nothing is stored.</summary>
    public async Task<(UseCaseResult Result, byte[]? Pdf)> DraftPdfAsync(int id, string actorId, string preparedBy, CancellationToken cancellationToken)
    {
        if (await PreviewAsync(id, actorId, preparedBy, cancellationToken) is not { } preview)
        {
            return (UseCaseResult.NotFound($"There is no proposal with the id {id}."), null);
        }
        try
        {
            return (UseCaseResult.Done(), await documents.RenderPdfAsync(preview.Document, preview.Html, clock.GetUtcNow(), cancellationToken));
        }
        catch (PdfException e)
        {
            return (UseCaseResult.Unavailable($"The PDF could not be printed: {e.Message}"), null);
        }
    }

    private async Task<DocumentSource> SourceAsync(ProposalRead read,
        int number, string actorId, string preparedBy, DateTimeOffset at, bool draft, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery()
            .FirstAsync(o => o.Id == read.Proposal.OpportunityId, cancellationToken);
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == opportunity.AccountId, cancellationToken);
        var brand = await BrandStore.DocumentBrandAsync(db, cancellationToken);
        var terms = await db.StandardTerms.AsNoTracking().Where(t => t.Language == read.Proposal.Language).Select(t => t.Text).FirstOrDefaultAsync(cancellationToken);
        var contact = await db.Users.AsNoTracking().Where(u => u.Id == actorId).Select(u => new { u.Email, u.PhoneNumber }).FirstOrDefaultAsync(cancellationToken);
        return new DocumentSource(read.Proposal, read.Options, read.Context, opportunity, account, brand, number, preparedBy, at, draft)
        {
            StandardTerms = terms ?? "",
            PreparedByEmail = contact?.Email ?? "",
            PreparedByPhone = contact?.PhoneNumber ?? "",
        };
    }

    private async Task<int> NextNumberAsync(int id, CancellationToken cancellationToken) =>
        (await db.ProposalRevisions.Where(r => r.ProposalId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;

    /// <summary>What changed from revision <paramref name="number"/> to the proposal as it is now; null when there is no such revision.</summary>
    public async Task<RevisionComparison?> CompareWithNowAsync(int id, int number, CancellationToken cancellationToken)
    {
        var revision = await GetAsync(id, number, cancellationToken);
        if (revision is null || await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return null;
        }
        var issued = JsonSerializer.Deserialize<IssuedData>(revision.Data, _json)!.Proposal;
        var now = ProposalResponse.From(read.Proposal, read.Options, canSeeCosts: false);
        static List<ComparedLine> Lines(IEnumerable<OptionResponse> options) =>
            options.SelectMany(o => o.Lines.Select(l => new ComparedLine(o.Name, l.ItemCode, l.Name, l.Quantity, l.NetUnitPrice, l.NetTotal))).ToList();
        static Dictionary<string, (decimal, decimal)> Totals(IEnumerable<OptionResponse> options) =>
            options.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => (g.First().Totals.ContractValue, g.First().Totals.DiscountPercent));
        return RevisionComparison.Between(Lines(issued.Options), Lines(now.Options), Totals(issued.Options), Totals(now.Options));
    }

    private sealed record IssuedData(ProposalResponse Proposal);

    public Task<List<RevisionRow>> ListAsync(int id, CancellationToken cancellationToken) =>
        db.ProposalRevisions.AsNoTracking().Where(r => r.ProposalId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.IssuedByName, r.IssuedAt, r.Sha256, r.Pdf.Length)).ToListAsync(cancellationToken);

    public Task<ProposalRevision?> GetAsync(int id, int number, CancellationToken cancellationToken) =>
        db.ProposalRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ProposalId == id && r.Number == number, cancellationToken);
}
