using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Brand;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// Where "Start from template" starts a section: the text under <c>templates/proposal/starters/{section}.{language}.md</c>
/// with the client's words filled in ({buyer} the economic buyer's name, {client}, {pains} the top pain points,
/// {company}, {presales}); terms start from the admin's standard terms. Nothing is saved until presales save.
/// </summary>
public sealed class SectionStarters(ConfiguratorDbContext db, TemplateFolder templates)
{
    public async Task<string> StartAsync(Proposal proposal, ProposalSectionKind kind, string presales, CancellationToken cancellationToken)
    {
        if (kind == ProposalSectionKind.Terms)
        {
            return await db.StandardTerms.AsNoTracking().Where(t => t.Language == proposal.Language).Select(t => t.Text).FirstOrDefaultAsync(cancellationToken) ?? "";
        }
        var path = Path.Combine(templates.Root, "proposal", "starters", $"{kind.Code}.{proposal.Language}.md");
        if (!File.Exists(path))
        {
            return "";
        }
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery()
            .FirstAsync(o => o.Id == proposal.OpportunityId, cancellationToken);
        var client = await db.Accounts.AsNoTracking().Where(a => a.Id == opportunity.AccountId).Select(a => a.Name).FirstAsync(cancellationToken);
        var brand = (await BrandStore.GetAsync(db, cancellationToken)).For(proposal.Language).Name;
        var buyer = opportunity.Stakeholders.Where(s => s.Role == StakeholderRole.EconomicBuyer).OrderByDescending(s => s.Influence).FirstOrDefault();
        var pains = opportunity.PainPoints.OrderBy(p => p.Priority).ThenBy(p => p.Id).ToList();
        // The introduction names what the buyer cares about (the three most pressing when nobody says); the understanding every pain point, in the client's words.
        var top = kind == ProposalSectionKind.Introduction
            ? (buyer is not null && pains.Any(buyer.Cares) ? pains.Where(buyer.Cares) : pains).Take(3).Select(p => $"- {p.Title}")
            : pains.Select(p => p.ClientWords.Length > 0 ? $"- **{p.Title}**: “{p.ClientWords.ReplaceLineEndings(" ")}”" : $"- **{p.Title}**");
        var text = (await File.ReadAllTextAsync(path, cancellationToken)).ReplaceLineEndings("\n")
            .Replace("{buyer}", buyer?.Name ?? client, StringComparison.Ordinal)
            .Replace("{client}", client, StringComparison.Ordinal)
            .Replace("{company}", brand, StringComparison.Ordinal)
            .Replace("{presales}", presales, StringComparison.Ordinal)
            .Replace("{pains}", string.Join("\n", top), StringComparison.Ordinal);
        return text.Trim();
    }
}
