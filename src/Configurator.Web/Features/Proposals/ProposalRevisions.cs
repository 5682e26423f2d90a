using System.Globalization;
using System.Text.Json;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

public sealed record RevisionRow(int Number, string IssuedByName, DateTimeOffset IssuedAt, string Sha256, int PdfBytes);

/// <summary>
/// Issues revisions: freezes the proposal's data with the pain points and people it answered, renders
/// the HTML and prints the PDF from it, and stores all three. Until the proposal document issue lands,
/// the document is the foundation's thin template filled with the proposal's sections.
/// </summary>
public sealed class ProposalRevisions(ConfiguratorDbContext db, ProposalService proposals, ProposalDocuments documents, TimeProvider clock)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static bool CanIssue(ProposalStatus status) => status is ProposalStatus.Approved or ProposalStatus.Sent or ProposalStatus.Won;

    public async Task<(WriteResult Result, ProposalRevision? Revision)> IssueAsync(int id, int? version, string actorId, string actorName, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return (WriteResult.NotFound($"There is no proposal with the id {id}."), null);
        }
        var proposal = read.Proposal;
        if (version is { } named && named != proposal.Version)
        {
            return (WriteResult.Conflict($"The proposal has changed since version {named}; it is version {proposal.Version} now. Check it again before issuing."), null);
        }
        if (!CanIssue(proposal.Status))
        {
            return (WriteResult.Conflict($"A revision is issued once the proposal is approved; this one is {ProposalTerms.Label(proposal.Status).ToLowerInvariant()}. Submit it first."), null);
        }
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery()
            .FirstAsync(o => o.Id == proposal.OpportunityId, cancellationToken);
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == opportunity.AccountId, cancellationToken);
        var number = (await db.ProposalRevisions.Where(r => r.ProposalId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        var now = clock.GetUtcNow();
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
            proposal = body,
        }, _json);
        var model = Document(proposal, read.Options, opportunity, account.Name, number, actorName, now);
        byte[] pdf;
        try
        {
            pdf = await documents.RenderPdfAsync(model, cancellationToken);
        }
        catch (PdfUnavailableException e)
        {
            return (new WriteResult(StatusCodes.Status503ServiceUnavailable, $"The PDF cannot be printed on this server: {e.Message}"), null);
        }
        var revision = ProposalRevision.Issue(id, number, actorId, actorName, now, data, documents.RenderHtml(model), pdf);
        db.ProposalRevisions.Add(revision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return (WriteResult.Conflict("Someone issued a revision of this proposal at the same moment; reload to see it."), null);
        }
        return (WriteResult.Done(number), revision);
    }

    /// <summary>The document as the next revision would print it: the very HTML that becomes the PDF.</summary>
    public async Task<string?> PreviewAsync(int id, string preparedBy, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return null;
        }
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).FirstAsync(o => o.Id == read.Proposal.OpportunityId, cancellationToken);
        var client = await db.Accounts.AsNoTracking().Where(a => a.Id == opportunity.AccountId).Select(a => a.Name).FirstAsync(cancellationToken);
        var number = (await db.ProposalRevisions.Where(r => r.ProposalId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        return documents.RenderHtml(Document(read.Proposal, read.Options, opportunity, client, number, preparedBy, clock.GetUtcNow()));
    }

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

    /// <summary>The proposal as the thin document template reads it: the client's challenges, then each option's solution, investment and value.</summary>
    private static DocumentModel Document(Proposal proposal, IReadOnlyList<EvaluatedOption> options, Opportunity opportunity, string client, int number, string preparedBy, DateTimeOffset at)
    {
        string Money(decimal amount) => Currency.Format(amount, proposal.Currency);
        var sections = new List<DocumentSection>
        {
            new("Your challenges", opportunity.PainPoints.OrderBy(p => p.Priority).Select(p =>
                $"{p.Title}{(p.ClientWords.Length > 0 ? $" — “{p.ClientWords}”" : "")} (severity {p.Severity} of 5{(p.AnnualImpact is { } impact ? $", {Money(impact)} a year" : "")})").ToList()),
        };
        foreach (var option in options)
        {
            var e = option.Evaluation;
            var paragraphs = e.Lines.Select(l =>
                $"{l.Item.Name} ({CatalogueTerms.Label(l.Item.Kind).ToLowerInvariant()}): {l.Line.Quantity} {l.Item.Unit} × {Money(l.NetUnitPrice)} = {Money(l.NetTotal)}, {CatalogueTerms.Label(l.Item.Model).ToLowerInvariant()}. {l.Line.Reason}").ToList();
            paragraphs.Add($"Investment: one-time {Money(e.Totals.OneTime)}, monthly {Money(e.Totals.Monthly)}, annual {Money(e.Totals.Annual)}; contract value over {proposal.TermMonths} months {Money(e.Totals.ContractValue)} ({e.Totals.DiscountPercent.ToString("0.#", CultureInfo.InvariantCulture)}% below list).");
            paragraphs.Add($"Value: the pain this answers costs {Money(e.Value.AnnualPainCostAnswered)} a year{(e.Value.PaybackMonths is { } payback ? $"; the first year's investment pays back in {payback.ToString("0.#", CultureInfo.InvariantCulture)} months" : "")}.");
            sections.Add(new DocumentSection($"{option.Option.Name}: the solution", paragraphs));
        }
        return new DocumentModel(
            new DocumentInfo(proposal.Title, proposal.Language, at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), number, preparedBy),
            new DocumentBrand("Configurator Demo Co.", "#1f5f8b"),
            new DocumentClient(client),
            sections);
    }
}
