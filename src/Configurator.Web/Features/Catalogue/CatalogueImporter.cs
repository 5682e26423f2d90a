using Configurator.Domain.Catalogue;
using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// Validates a catalogue file against the stored catalogue, says what it would change, and applies it
/// in one transaction with a history entry per changed item. The page, the API and the demo seed all
/// import through here.
/// </summary>
public sealed class CatalogueImporter(ConfiguratorDbContext db, CatalogueCache cache, CatalogueValidation validation, TimeProvider clock)
{
    public async Task<CatalogueImportResult> PlanAsync(CatalogueFile file, CancellationToken cancellationToken = default)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var itemSpecs = catalogue.Items.ToList();
        var categorySpecs = catalogue.Categories.ToList();
        var check = validation.Validate(file, itemSpecs, categorySpecs);
        return check.IsValid
            ? new CatalogueImportResult([], CatalogueImportPlan.For(check, itemSpecs, categorySpecs))
            : new CatalogueImportResult(check.Issues, null);
    }

    /// <summary>Plans, and when the file is valid writes it all or nothing.</summary>
    public async Task<CatalogueImportResult> ImportAsync(CatalogueFile file, string by, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await PlanAsync(file, cancellationToken);
        if (result.Plan is not { } plan)
        {
            return result;
        }
        var now = clock.GetUtcNow();

        var categories = await db.PainCategories.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var spec in plan.CreatedCategories)
        {
            db.PainCategories.Add(PainCategory.Create(spec));
        }
        foreach (var spec in plan.UpdatedCategories)
        {
            categories[spec.Code].Update(spec.Name, spec.Description);
        }

        foreach (var spec in plan.CreatedItems)
        {
            var item = OfferItem.Create(spec);
            db.OfferItems.Add(item);
            db.ItemHistory.Add(ItemHistoryEntry.Record(item, now, by, "Created by import", spec.DifferencesFrom(null)));
        }
        var codes = plan.UpdatedItems.Select(u => u.Spec.Code).ToList();
        var items = await db.OfferItems.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var (spec, _) in plan.UpdatedItems)
        {
            var item = items[spec.Code];
            var changes = item.Update(spec);
            db.ItemHistory.Add(ItemHistoryEntry.Record(item, now, by, "Updated by import", changes));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
