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
    public Task<CatalogueImportResult> PlanAsync(CatalogueFile file, CancellationToken cancellationToken = default) =>
        PlanAsync(_ => new CatalogueUploadRead(file, [], path => path), cancellationToken);

    /// <summary>The dry run of an uploaded file (JSON or CSV), read against the catalogue as it is now.</summary>
    public Task<CatalogueImportResult> PlanAsync(string text, string format, CancellationToken cancellationToken = default) =>
        PlanAsync(catalogue => CatalogueUpload.Read(text, format, catalogue.ByCode), cancellationToken);

    public Task<CatalogueImportResult> ImportAsync(CatalogueFile file, string actorId, CancellationToken cancellationToken = default) =>
        ImportAsync(_ => new CatalogueUploadRead(file, [], path => path), actorId, cancellationToken);

    /// <summary>Imports an uploaded file (JSON or CSV), read against the catalogue as it is inside the import's transaction.</summary>
    public Task<CatalogueImportResult> ImportAsync(string text, string format, string actorId, CancellationToken cancellationToken = default) =>
        ImportAsync(catalogue => CatalogueUpload.Read(text, format, catalogue.ByCode), actorId, cancellationToken);

    private async Task<CatalogueImportResult> PlanAsync(Func<CatalogueSnapshot, CatalogueUploadRead> read, CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var upload = read(catalogue);
        if (upload.File is not { } file)
        {
            return new CatalogueImportResult(upload.Issues, null);
        }
        var itemSpecs = catalogue.Items.ToList();
        var categorySpecs = catalogue.Categories.ToList();
        var check = validation.Validate(file, itemSpecs, categorySpecs);
        return check.IsValid
            ? new CatalogueImportResult([], CatalogueImportPlan.For(check, itemSpecs, categorySpecs))
            : new CatalogueImportResult(check.Issues.Select(i => i with { Path = upload.Locate(i.Path) }).ToList(), null);
    }

    /// <summary>Plans, and when the file is valid writes it all or nothing.</summary>
    private async Task<CatalogueImportResult> ImportAsync(Func<CatalogueSnapshot, CatalogueUploadRead> read, string actorId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await PlanAsync(read, cancellationToken);
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
            categories[spec.Code].Update(spec);
        }

        var created = plan.CreatedItems.Select(spec => (Item: OfferItem.Create(spec), Changes: spec.DifferencesFrom(null))).ToList();
        db.OfferItems.AddRange(created.Select(c => c.Item));
        var codes = plan.UpdatedItems.Select(u => u.Spec.Code).ToList();
        var items = await db.OfferItems.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, cancellationToken);
        var updated = plan.UpdatedItems.Select(u => (Item: items[u.Spec.Code], Changes: items[u.Spec.Code].Update(u.Spec))).ToList();
        await db.SaveChangesAsync(cancellationToken);

        // Items have their ids now; their history goes in with them, in the same transaction.
        await ItemHistoryBulkWriter.AppendAsync(db,
            created.Select(c => (c.Item.Id, "Created by import", c.Changes))
                .Concat(updated.Select(u => (u.Item.Id, "Updated by import", u.Changes)))
                .ToList(),
            now, actorId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
