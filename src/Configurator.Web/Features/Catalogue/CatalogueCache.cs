using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// Keeps the catalogue in memory and reloads it only when the catalogue revision in the database has
/// moved on (one single-row query per use), so list pages answer from memory and several app
/// instances stay consistent.
/// </summary>
public sealed class CatalogueCache
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private CatalogueSnapshot? _current;

    public async Task<CatalogueSnapshot> GetAsync(ConfiguratorDbContext db, CancellationToken cancellationToken = default)
    {
        var revision = await db.CatalogueRevisions.AsNoTracking().Where(r => r.Id == 1).Select(r => r.Revision).FirstOrDefaultAsync(cancellationToken);
        if (_current is { } cached && cached.Revision == revision)
        {
            return cached;
        }
        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Revision == revision)
            {
                return loaded;
            }
            var items = await db.OfferItems.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken);
            var categories = await db.PainCategories.AsNoTracking().ToListAsync(cancellationToken);
            var snapshot = new CatalogueSnapshot(revision, items.Select(i => (i.ToSpec(), i.Version)).ToList(), categories.Select(c => c.ToSpec()).ToList());
            // A reader that saw an older revision never replaces a newer snapshot.
            if (_current is null || _current.Revision <= revision)
            {
                _current = snapshot;
            }
            return snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }
}
