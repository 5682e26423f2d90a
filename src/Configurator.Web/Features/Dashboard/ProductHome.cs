using Configurator.Domain.Catalogue;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Features.Insights;
using Configurator.Web.Features.Shared;
using Configurator.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Dashboard;

/// <summary>
/// The product manager's cards, company-wide with the insights' default filters (their default period): the catalogue
/// gaps (<see cref="CatalogueGaps"/>), the innovations <see cref="InnovationReuse"/> marks as candidates for standard, and
/// active items that answered nothing recently: no line in any proposal created in the last <see cref="IdleDays"/> days.
/// </summary>
public sealed class ProductHome(ConfiguratorDbContext db, CatalogueCache catalogue, InsightFilters filters, CatalogueGaps gaps, InnovationReuse reuse, TimeProvider clock)
{
    public const int IdleDays = 90;

    public async Task<ProductCards> ReadAsync(string actorId, CancellationToken cancellationToken)
    {
        var (filter, _) = await filters.ReadAsync(new InsightQuery(), new InsightAccess(actorId, SeesEveryone: true), cancellationToken);
        var allGaps = await gaps.ListAsync(filter, cancellationToken);
        var candidates = (await reuse.ListAsync(filter, cancellationToken)).Where(u => u.CandidateForStandard).ToList();

        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var since = clock.Date().AddDays(-IdleDays);
        var used = await (from line in db.Set<ProposalLine>()
                          join option in db.Set<ProposalOption>() on line.OptionId equals option.Id
                          join proposal in db.Proposals on option.ProposalId equals proposal.Id
                          where StoredDates.Day(proposal.CreatedAt) >= since
                          select line.ItemCode).Distinct().ToListAsync(cancellationToken);
        var usedCodes = used.ToHashSet(StringComparer.Ordinal);
        var language = Languages.Current;
        var active = snapshot.Items.Where(i => i.Status == ItemStatus.Active).ToList();
        var idle = active.Where(i => !usedCodes.Contains(i.Code))
            .Select(i => new ProductCards.IdleItem(i.Code, i.TextsFor(language).Name, i.Kind))
            .ToList();
        return new ProductCards(allGaps.Count, allGaps.Take(ProductCards.TopGapsShown).ToList(), candidates, active.Count, idle,
            snapshot.Categories.ToDictionary(c => c.Code, c => c.TextsFor(language).Name, StringComparer.Ordinal),
            snapshot.Items.ToDictionary(i => i.Code, i => i.TextsFor(language).Name, StringComparer.Ordinal));
    }
}
