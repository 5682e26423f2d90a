using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The decision-chain write use cases (add, change a person), one implementation each for pages and
/// the API alike; each change is saved in the same SaveChanges as its timeline entry.
/// </summary>
public sealed class StakeholderService(ConfiguratorDbContext db, OpportunityWorkspace workspace, TimeProvider clock)
{
    public const int DefaultInfluence = 3;

    /// <summary>Adds a person with the pain points they care about (ids of saved pain points, so known before the save).</summary>
    public async Task<UseCaseResult> AddAsync(int opportunityId, StakeholderInput input, IEnumerable<int> caresAbout, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        if (opportunity is null)
        {
            return NotFound(opportunityId);
        }
        if (input.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems);
        }
        var person = AddTo(opportunity, input, caresAbout);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.StakeholderAdded,
            $"Added {person.Name} ({DiscoveryLabels.Role(person.Role)}) to the decision chain of {opportunity.Name}", actorId, clock.GetUtcNow()));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        return saved.Succeeded ? UseCaseResult.Done(person.Id) : saved;
    }

    /// <summary>Changes a person; without an influence they keep theirs. A change based on an older version is a conflict.</summary>
    public async Task<UseCaseResult> UpdateAsync(int opportunityId, int stakeholderId, StakeholderInput input, IEnumerable<int> caresAbout, int? version, string actorId,
        CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        var person = opportunity?.Stakeholders.FirstOrDefault(s => s.Id == stakeholderId);
        if (opportunity is null || person is null)
        {
            return opportunity is null ? NotFound(opportunityId) : UseCaseResult.NotFound($"The opportunity {opportunityId} has no stakeholder with the id {stakeholderId}.");
        }
        if (SaveOrConflict.CheckVersion("stakeholder", version, person.Version) is { } stale)
        {
            return stale;
        }
        if (input.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems);
        }
        person.Update(input.Name.Trimmed(), input.Title.Trimmed(), Role(input), Stance(input), input.Influence ?? person.Influence, input.Notes.Trimmed(), caresAbout);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.StakeholderChanged,
            $"Updated {person.Name}: {DiscoveryLabels.Role(person.Role)}, {DiscoveryLabels.Stance(person.Stance).ToLowerInvariant()}, influence {person.Influence}/5",
            actorId, clock.GetUtcNow()));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Adds a checked person to the opportunity's decision chain.</summary>
    internal static Stakeholder AddTo(Opportunity opportunity, StakeholderInput input, IEnumerable<int> caresAbout) =>
        opportunity.AddStakeholder(input.Name.Trimmed(), input.Title.Trimmed(), Role(input), Stance(input), input.Influence ?? DefaultInfluence, input.Notes.Trimmed(), caresAbout);

    private static StakeholderRole Role(StakeholderInput input) => DiscoveryTerms.TryParse<StakeholderRole>(input.Role, out var role) ? role : StakeholderRole.Influencer;

    private static Stance Stance(StakeholderInput input) => DiscoveryTerms.TryParse<Stance>(input.Stance, out var stance) ? stance : Domain.Discovery.Stance.Unknown;

    private static UseCaseResult NotFound(int id) => UseCaseResult.NotFound($"There is no opportunity with the id {id}.");
}
