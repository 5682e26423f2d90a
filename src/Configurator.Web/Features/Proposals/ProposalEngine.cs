using System.Collections.Concurrent;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>The engine's view of one proposal: its opportunity's pain points and the catalogue as it is now.</summary>
public sealed record ProposalContext(IReadOnlyList<ClientPain> Pains, CatalogueSnapshot Catalogue, EngineCatalogue Eligible, EnginePolicy Policy);

/// <summary>One option with everything the engine says about it.</summary>
public sealed record EvaluatedOption(ProposalOption Option, Evaluation Evaluation);

/// <summary>
/// Connects proposals to the engine: loads the pain points, keeps the catalogue indexed per revision
/// and currency, and evaluates every option. Pages and the API both come through here.
/// </summary>
public sealed class ProposalEngine(CatalogueCache catalogue, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<(long Revision, string Currency), EngineCatalogue> _indexed = new();

    public EnginePolicy Policy { get; } = new()
    {
        TotalsDiscountLimitPercent = configuration.GetValue("Proposals:TotalsDiscountLimitPercent", 20m),
        OptionNames = configuration.GetSection("Proposals:OptionNames").Get<string[]>() is { Length: 3 } names ? names : EnginePolicy.Default.OptionNames,
    };

    public async Task<ProposalContext> ContextAsync(ConfiguratorDbContext db, int opportunityId, string currency, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var pains = await db.PainPoints.AsNoTracking().Where(p => p.OpportunityId == opportunityId).OrderBy(p => p.Priority).ThenBy(p => p.Id)
            .Select(p => new ClientPain(p.Id, p.Title, p.Category, p.Severity, p.AnnualImpact))
            .ToListAsync(cancellationToken);
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

    public IReadOnlyList<EvaluatedOption> Evaluate(Proposal proposal, ProposalContext context) => proposal.OptionsInOrder
        .Select(o => new EvaluatedOption(o, Evaluator.Evaluate(o.ToConfiguration(proposal.Currency, proposal.TermMonths), context.Pains, context.Catalogue.ByCode, context.Policy)))
        .ToList();

    /// <summary>Approval is needed when any option needs it; each reason names its option when there are several.</summary>
    public static Approval ApprovalOf(IReadOnlyList<EvaluatedOption> options)
    {
        var reasons = options.SelectMany(o => o.Evaluation.Approval.Reasons.Select(r => options.Count > 1 ? $"{o.Option.Name}: {r}" : r)).ToList();
        return new Approval(reasons.Count > 0, reasons);
    }
}
