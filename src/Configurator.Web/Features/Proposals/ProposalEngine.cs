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
        var pains = (await db.PainPoints.AsNoTracking().Where(p => p.OpportunityId == opportunityId).OrderBy(p => p.Priority).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken)).Select(p => p.ToClientPain()).ToList();
        var key = (snapshot.Revision, currency);
        if (!_indexed.TryGetValue(key, out var eligible))
        {
            foreach (var stale in _indexed.Keys.Where(k => k.Revision != snapshot.Revision))
            {
                _indexed.TryRemove(stale, out _);
            }
            eligible = _indexed.GetOrAdd(key, _ => new EngineCatalogue(snapshot.Items, currency));
        }
        return new ProposalContext(pains, snapshot, eligible, Policy);
    }
}
