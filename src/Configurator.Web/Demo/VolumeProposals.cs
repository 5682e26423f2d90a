using System.Text.Json;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Demo;

/// <summary>
/// The volume seed's proposals: one for every deal at the proposal stage or later that has none, with the options the
/// builder would offer (Good / Better / Best from the engine), a discount on the recommended option within its limits,
/// and the workflow's steps dated as the deal went: submitted, approved, issued and sent (negotiation), then won or lost
/// on the deal's close. Written in bulk like the rest of the seed. Every issued revision carries the same small PDF,
/// printed once: this is load data, not documents anyone reads.
/// </summary>
public sealed class VolumeProposals(ConfiguratorDbContext db, CatalogueCache catalogue, ProposalEngine engine, Microsoft.Extensions.Options.IOptions<ProposalSettings> settings, PdfRenderer pdf, TimeProvider clock)
{
    private const int OpportunitiesPerSave = 200;
    private const int TermMonths = 36;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static readonly OpportunityStage[] _withProposals = [OpportunityStage.Proposal, OpportunityStage.Negotiation, OpportunityStage.Won, OpportunityStage.Lost];

    public sealed record Written(int Proposals, int Lines, int Revisions, int InReview = 0);

    /// <summary>At most <paramref name="Proposals"/> proposals; the first <paramref name="InReview"/> drafts submitted with a discount beyond its limit, left for an approver.</summary>
    public sealed record Limits(int Proposals = int.MaxValue, int InReview = 0);

    private sealed record Staff(string PresalesId, string PresalesName, string ApproverId);

    /// <summary>Writes the proposals; <paramref name="english"/> and <paramref name="chinese"/> make and approve them (Chinese for deals in yuan).</summary>
    public async Task<Written> WriteAsync(int seed, (string PresalesId, string PresalesName, string ApproverId) english, (string PresalesId, string PresalesName, string ApproverId) chinese,
        Limits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= new Limits();
        var inReview = 0;
        var now = clock.GetUtcNow();
        var document = await SmallPdfAsync(now, cancellationToken);
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var eligible = new Dictionary<string, EngineCatalogue>();
        var random = new Random(seed);
        var ids = await db.Opportunities.AsNoTracking().Where(o => _withProposals.Contains(o.Stage) && !db.Proposals.Any(p => p.OpportunityId == o.Id))
            .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
        var (proposals, lines, revisions) = (0, 0, 0);
        foreach (var chunk in ids.Chunk(OpportunitiesPerSave))
        {
            var opportunities = await db.Opportunities.AsNoTracking().Where(o => chunk.Contains(o.Id)).ToListAsync(cancellationToken);
            var pains = (await db.PainPoints.AsNoTracking().Where(p => chunk.Contains(p.OpportunityId)).ToListAsync(cancellationToken))
                .ToLookup(p => p.OpportunityId);
            var made = new List<(Proposal Proposal, Staff Staff, DateTimeOffset? IssuedAt, IReadOnlyList<ClientPain> Pains)>();
            foreach (var opportunity in opportunities)
            {
                if (proposals + made.Count >= limits.Proposals)
                {
                    break;
                }
                var chineseDeal = opportunity.Currency.Code == "CNY";
                var staff = chineseDeal ? new Staff(chinese.PresalesId, chinese.PresalesName, chinese.ApproverId) : new Staff(english.PresalesId, english.PresalesName, english.ApproverId);
                var clientPains = pains[opportunity.Id].OrderBy(p => p.Priority).ThenBy(p => p.Id).Select(p => p.ToClientPain()).ToList();
                if (!eligible.TryGetValue(opportunity.Currency.Code, out var items))
                {
                    eligible[opportunity.Currency.Code] = items = new EngineCatalogue(snapshot.Items, opportunity.Currency);
                }
                if (Make(opportunity, chineseDeal ? Localization.Languages.Chinese : "en", staff, clientPains, items, snapshot, random, now, inReview < limits.InReview) is { } proposal)
                {
                    made.Add((proposal.Proposal, staff, proposal.IssuedAt, clientPains));
                    inReview += proposal.Proposal.Status == ProposalStatus.InReview ? 1 : 0;
                }
            }
            db.Proposals.AddRange(made.Select(m => m.Proposal));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (proposal, staff, issuedAt, clientPains) in made.Where(m => m.IssuedAt is not null))
            {
                var options = proposal.Evaluate(clientPains, snapshot.ByCode, engine.Policy);
                var data = JsonSerializer.Serialize(new { number = 1, issuedAt, issuedBy = staff.PresalesName, loadData = true, proposal = ProposalResponse.From(proposal, options, canSeeCosts: false) }, _json);
                db.ProposalRevisions.Add(ProposalRevision.Issue(proposal.Id, 1, staff.PresalesId, staff.PresalesName, issuedAt!.Value, data, "", document, RevisionFigures.Of(options)));
                revisions++;
            }
            await db.SaveChangesAsync(cancellationToken);
            proposals += made.Count;
            lines += made.Sum(m => m.Proposal.Options.Sum(o => o.Lines.Count));
            db.ChangeTracker.Clear();
        }
        return new Written(proposals, lines, revisions, inReview);
    }

    /// <summary>One deal's proposal and, when it was issued, when; null when the engine finds nothing to offer.</summary>
    private (Proposal Proposal, DateTimeOffset? IssuedAt)? Make(Opportunity opportunity, string language, Staff staff, IReadOnlyList<ClientPain> pains, EngineCatalogue items,
        CatalogueSnapshot snapshot, Random random, DateTimeOffset now, bool toReview)
    {
        var closed = opportunity.Stage is OpportunityStage.Won or OpportunityStage.Lost;
        var decidedAt = closed && opportunity.ExpectedClose is { } close
            ? new DateTimeOffset(close.ToDateTime(new TimeOnly(random.Next(9, 17), random.Next(0, 60))), TimeSpan.Zero)
            : now.AddDays(-random.Next(1, 10));
        var createdAt = decidedAt.AddDays(-random.Next(21, 43));
        var issuedAt = decidedAt.AddDays(-random.Next(3, 15));
        var built = SolutionOptions.Build(pains, items, TermMonths, engine.Policy with { OptionNames = settings.Value.NamesFor(language).Tiers });
        if (built.Count == 0 || built.All(o => o.Configuration.Lines.Count == 0))
        {
            return null;
        }
        var (proposal, _) = Proposal.Create(opportunity.Id, opportunity.Name, language, opportunity.Currency, TermMonths, staff.PresalesId, createdAt);
        if (proposal is null)
        {
            return null;
        }
        var recommended = RecommendedOption.IndexOf(built.Count);
        // The client haggles over the recommended option: up to 15% off each line, within its limit.
        var discount = random.Next(0, 16);
        for (var i = 0; i < built.Count; i++)
        {
            var lines = i != recommended ? built[i].Configuration.Lines
                : built[i].Configuration.Lines.Select(l => l with { DiscountPercent = Percentage.From(Math.Min(discount, l.Item.MaxDiscountPercent.Value)) }).ToList();
            if (i == 0 && toReview && opportunity.Stage == OpportunityStage.Proposal && lines.Count > 0)
            {
                // A draft bound for the approval queue: the client pushed, and the first option's first line is five points beyond its
                // limit. (That option is the one submitted: before the first save no option has its id yet, so the seed names none.)
                // (No random numbers taken: the rest of the seed stays as it was.)
                lines = [lines[0] with { DiscountPercent = Percentage.From(Math.Min(100m, lines[0].Item.MaxDiscountPercent.Value + 5m)) }, .. lines.Skip(1)];
            }
            proposal.AddOption(built[i].Name, built[i].Explanation, lines, staff.PresalesId, createdAt);
        }
        if (opportunity.Stage == OpportunityStage.Proposal)
        {
            if (toReview)
            {
                // Sent to the approval queue: the workflow decides, as always (a proposal it refuses stays a draft).
                proposal.Take(ProposalAction.Submit, "The client asks for more in the first year; a reference site in return.",
                    proposal.Evaluate(pains, snapshot.ByCode, engine.Policy), staff.PresalesId, createdAt.AddDays(1));
            }
            return (proposal, null);
        }
        var options = proposal.Evaluate(pains, snapshot.ByCode, engine.Policy);
        var submittedAt = createdAt.AddDays(random.Next(1, 5));
        var steps = new List<IReadOnlyList<ProposalIssue>>
        {
            proposal.Take(ProposalAction.Submit, "Discount within the limits agreed for this client.", options, staff.PresalesId, submittedAt, options[recommended].Option.Id),
        };
        if (proposal.Status == ProposalStatus.InReview)
        {
            steps.Add(proposal.Take(ProposalAction.Approve, "", options, staff.ApproverId, submittedAt.AddHours(4)));
        }
        steps.Add(proposal.Take(ProposalAction.Send, "", options, staff.PresalesId, issuedAt.AddHours(1), latestRevision: new IssuedRevision(1, issuedAt)));
        if (closed)
        {
            steps.Add(proposal.Take(opportunity.Stage == OpportunityStage.Won ? ProposalAction.Won : ProposalAction.Lost,
                opportunity.Stage == OpportunityStage.Won ? "" : "Chose another offer.", options, staff.PresalesId, decidedAt));
        }
        // A step the workflow refuses (a discount beyond what an approver may grant) leaves the proposal where it stopped, unissued.
        return steps.Any(s => s.Count > 0) ? (proposal, null) : (proposal, issuedAt);
    }

    /// <summary>One small PDF from the renderer, which every load-data revision carries.</summary>
    private async Task<byte[]> SmallPdfAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await pdf.RenderAsync(new PdfJob("<!doctype html><html lang=\"en\"><body><p>Volume seed: load data, not a proposal document.</p></body></html>",
            new PdfInfo("Load data", "Configurator volume seed", "Load data", "en", now)), cancellationToken);
}
