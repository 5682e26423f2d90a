using System.Collections.Concurrent;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Proposals;

/// <summary>The engine's view of one proposal: its opportunity's pain points and the catalogue as it is now.</summary>
public sealed record ProposalContext(IReadOnlyList<ClientPain> Pains, CatalogueSnapshot Catalogue, EngineCatalogue Eligible, EnginePolicy Policy);

/// <summary>
/// Connects proposals to the engine: loads the pain points and keeps the catalogue indexed per
/// revision and currency. Pages and the API both come through here.
/// </summary>
public sealed class ProposalEngine(CatalogueCache catalogue, IOptions<ProposalSettings> settings)
{
    private readonly ConcurrentDictionary<(long Revision, CurrencyCode Currency), EngineCatalogue> _indexed = new();

    public EnginePolicy Policy { get; } = settings.Value.ToPolicy();

    public async Task<ProposalContext> ContextAsync(ConfiguratorDbContext db, int opportunityId, CurrencyCode currency, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var pains = (await Pains(db).Where(p => p.OpportunityId == opportunityId).ToListAsync(cancellationToken)).Select(p => p.ToClientPain()).ToList();
        return new ProposalContext(pains, snapshot, Eligible(snapshot, currency), Policy);
    }

    /// <summary>The contexts of many proposals at once (one query for all their pain points), keyed by opportunity and currency.</summary>
    public async Task<IReadOnlyDictionary<(int OpportunityId, CurrencyCode Currency), ProposalContext>> ContextsAsync(ConfiguratorDbContext db,
        IReadOnlyCollection<(int OpportunityId, CurrencyCode Currency)> wanted, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var opportunityIds = wanted.Select(w => w.OpportunityId).Distinct().ToList();
        var pains = (await Pains(db).Where(p => opportunityIds.Contains(p.OpportunityId)).ToListAsync(cancellationToken)).ToLookup(p => p.OpportunityId);
        return wanted.Distinct().ToDictionary(w => w, w => new ProposalContext(pains[w.OpportunityId].Select(p => p.ToClientPain()).ToList(), snapshot, Eligible(snapshot, w.Currency), Policy));
    }

    /// <summary>Pain points as the engine weighs them: most pressing first.</summary>
    private static IQueryable<Domain.Discovery.PainPoint> Pains(ConfiguratorDbContext db) => db.PainPoints.AsNoTracking().OrderBy(p => p.Priority).ThenBy(p => p.Id);

    private EngineCatalogue Eligible(CatalogueSnapshot snapshot, CurrencyCode currency)
    {
        var key = (snapshot.Revision, currency);
        if (!_indexed.TryGetValue(key, out var eligible))
        {
            foreach (var stale in _indexed.Keys.Where(k => k.Revision != snapshot.Revision))
            {
                _indexed.TryRemove(stale, out _);
            }
            eligible = _indexed.GetOrAdd(key, _ => new EngineCatalogue(snapshot.Items, currency));
        }
        return eligible;
    }
}
