using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.ContentBlocks;

/// <summary>A block and how well it fits a proposal's client: its <see cref="ContentBlock.Fit"/> and the tags it shares with the client.</summary>
public sealed record BlockFit(ContentBlock Block, int Fit, IReadOnlyList<string> MatchedIndustries, IReadOnlyList<string> MatchedCategories);

/// <summary>Every block, best fit first, for a proposal in <paramref name="Language"/>.</summary>
public sealed record ProposalBlocks(string Language, IReadOnlyList<BlockFit> Blocks);

/// <summary>
/// Which content blocks there are and which fit a proposal's client (its industry and the pain categories of
/// its opportunity): one rule for the sections page and the API.
/// </summary>
public sealed class ContentBlockSuggestions(ConfiguratorDbContext db, AccountChoices choices)
{
    public const int FilterMaxLength = 100;

    /// <summary>The blocks tagged with <paramref name="industry"/> and <paramref name="painCategory"/> (either may be left out), by kind and title; refused when a filter names nothing that exists.</summary>
    public async Task<(UseCaseResult Result, IReadOnlyList<ContentBlock> Blocks)> ListAsync(string? industry, string? painCategory, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        industry = string.IsNullOrWhiteSpace(industry) ? null : industry.Trim();
        painCategory = string.IsNullOrWhiteSpace(painCategory) ? null : painCategory.Trim();
        if (industry is { Length: > FilterMaxLength })
        {
            errors.Add(new FieldError("industry", $"An industry is at most {FilterMaxLength} characters."));
        }
        else if (industry is not null && !choices.Industries.Accepts(industry))
        {
            errors.Add(new FieldError("industry", $"'{Cut(industry)}' is not an industry accounts are filed under; use one of: {string.Join(", ", choices.Industries.Values)}."));
        }
        if (painCategory is not null)
        {
            var codes = await db.PainCategories.AsNoTracking().Select(c => c.Code).OrderBy(c => c).ToListAsync(cancellationToken);
            if (!codes.Contains(painCategory, StringComparer.Ordinal))
            {
                errors.Add(new FieldError("painCategory", $"There is no pain category with the code '{Cut(painCategory)}'; use one of: {string.Join(", ", codes)}."));
            }
        }
        if (errors.Count > 0)
        {
            return (UseCaseResult.Invalid(errors), []);
        }
        var blocks = await db.ContentBlocks.AsNoTracking().ToListAsync(cancellationToken);
        return (UseCaseResult.Done(), blocks
            .Where(b => industry is null || b.IndustryTags.Contains(industry, StringComparer.OrdinalIgnoreCase))
            .Where(b => painCategory is null || b.CategoryTags.Contains(painCategory, StringComparer.Ordinal))
            .OrderBy(b => b.Kind, StringComparer.Ordinal).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id)
            .ToList());
    }

    /// <summary>Every block ranked for the client of proposal <paramref name="proposalId"/>, best fit first; null when there is no such proposal.</summary>
    public async Task<ProposalBlocks?> ForProposalAsync(int proposalId, CancellationToken cancellationToken)
    {
        var client = await (from p in db.Proposals
                            where p.Id == proposalId
                            join o in db.Opportunities on p.OpportunityId equals o.Id
                            join a in db.Accounts on o.AccountId equals a.Id
                            select new { p.Language, a.Industry, OpportunityId = o.Id }).FirstOrDefaultAsync(cancellationToken);
        if (client is null)
        {
            return null;
        }
        var categories = await db.PainPoints.AsNoTracking().Where(p => p.OpportunityId == client.OpportunityId).Select(p => p.Category).ToListAsync(cancellationToken);
        var blocks = await db.ContentBlocks.AsNoTracking().ToListAsync(cancellationToken);
        return new ProposalBlocks(client.Language, blocks
            .Select(b => new BlockFit(b, b.Fit(client.Industry, categories),
                [.. b.IndustryTags.Where(t => string.Equals(t, client.Industry, StringComparison.OrdinalIgnoreCase))],
                [.. b.CategoryTags.Where(categories.Contains)]))
            .OrderByDescending(f => f.Fit).ThenBy(f => f.Block.Title, StringComparer.CurrentCulture).ThenBy(f => f.Block.Id)
            .ToList());
    }

    private static string Cut(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
