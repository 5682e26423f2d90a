using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The decision-chain write use cases (add, change a person), one implementation each for pages and
/// the API alike; each change is saved in the same SaveChanges as its timeline entry. People belong to
/// the account: adding someone to a deal links a person the account knows (picked, or found by e-mail)
/// or makes them known to the account.
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
        if (DiscoveryValidation.RoomForStakeholder(opportunity.Stakeholders.Count) is { } full)
        {
            return UseCaseResult.Conflict(full);
        }
        var people = await PeopleOfAsync(opportunity.AccountId, cancellationToken);
        var (person, refused) = Resolve(opportunity, people, input, "");
        if (refused is not null)
        {
            return UseCaseResult.Invalid(refused);
        }
        var stakeholder = AddTo(opportunity, person!, input, caresAbout);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.StakeholderAdded,
            ActivityText.Of("Added {0} ({1}) to the decision chain of {2}", ActivityPart.Name(stakeholder.Name), ActivityPart.Term(DiscoveryLabels.Role(stakeholder.Role)), ActivityPart.Name(opportunity.Name)), actorId, clock.GetUtcNow()));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        return saved.Succeeded ? UseCaseResult.Done(stakeholder.Id) : saved;
    }

    /// <summary>
    /// Changes who a person is (for every deal of the account) and their part in this one; without an
    /// influence they keep theirs. A change based on an older version is a conflict.
    /// </summary>
    public async Task<UseCaseResult> UpdateAsync(int opportunityId, int stakeholderId, StakeholderInput input, IEnumerable<int> caresAbout, int? version, string actorId,
        CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        var stakeholder = opportunity?.Stakeholders.FirstOrDefault(s => s.Id == stakeholderId);
        if (opportunity is null || stakeholder is null)
        {
            return opportunity is null ? NotFound(opportunityId) : UseCaseResult.NotFound($"The opportunity {opportunityId} has no stakeholder with the id {stakeholderId}.");
        }
        if (SaveOrConflict.CheckVersion("stakeholder", version, stakeholder.Version) is { } stale)
        {
            return stale;
        }
        var details = input with { PersonId = null };
        if (details.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems);
        }
        var people = await PeopleOfAsync(opportunity.AccountId, cancellationToken);
        if (Person.WithEmail(people.Where(p => p.Id != stakeholder.PersonId), input.Email) is { } other)
        {
            return UseCaseResult.Invalid("email", $"{other.Name} of this account has this e-mail address already.");
        }
        stakeholder.Person.Update(input.Name.Trimmed(), input.Title.Trimmed(), input.Email.Trimmed(), input.Phone.Trimmed());
        stakeholder.Update(Role(input), Stance(input), input.Influence ?? stakeholder.Influence, input.Notes.Trimmed(), caresAbout);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.StakeholderChanged,
            ActivityText.Of("Updated {0}: {1}, {2}, influence {3}/5", ActivityPart.Name(stakeholder.Name), ActivityPart.Term(DiscoveryLabels.Role(stakeholder.Role)),
                ActivityPart.LowerTerm(DiscoveryLabels.Stance(stakeholder.Stance)), ActivityPart.Number(stakeholder.Influence)),
            actorId, clock.GetUtcNow()));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>The account's people, tracked, so that a person found or made here is the one saved.</summary>
    internal Task<List<Person>> PeopleOfAsync(int accountId, CancellationToken cancellationToken) =>
        db.People.Where(p => p.AccountId == accountId).ToListAsync(cancellationToken);

    /// <summary>
    /// Who joins the decision chain: the picked person of the account, else the one with the e-mail address
    /// (in any case), else a new person of the account (added to <paramref name="people"/>). A person already
    /// in the chain is refused, under the field that named them.
    /// </summary>
    internal static (Person? Person, FieldError? Refused) Resolve(Opportunity opportunity, List<Person> people, StakeholderInput input, string prefix)
    {
        if (input.PersonId is { } id)
        {
            var picked = people.FirstOrDefault(p => p.Id == id);
            return picked is null
                ? (null, new($"{prefix}personId", $"The account has no person with the id {id}."))
                : opportunity.Involves(picked)
                    ? (null, new($"{prefix}personId", $"{picked.Name} is in this decision chain already."))
                    : (picked, null);
        }
        if (Person.WithEmail(people, input.Email) is { } known)
        {
            return opportunity.Involves(known) ? (null, new($"{prefix}email", $"{known.Name} has this e-mail address and is in this decision chain already.")) : (known, null);
        }
        var person = Person.Create(opportunity.AccountId, input.Name.Trimmed(), input.Title.Trimmed(), input.Email.Trimmed(), input.Phone.Trimmed());
        people.Add(person);
        return (person, null);
    }

    /// <summary>Adds a checked person to the opportunity's decision chain with their part in it.</summary>
    internal static Stakeholder AddTo(Opportunity opportunity, Person person, StakeholderInput input, IEnumerable<int> caresAbout) =>
        opportunity.AddStakeholder(person, Role(input), Stance(input), input.Influence ?? DefaultInfluence, input.Notes.Trimmed(), caresAbout);

    private static StakeholderRole Role(StakeholderInput input) => DiscoveryTerms.TryParse<StakeholderRole>(input.Role, out var role) ? role : StakeholderRole.Influencer;

    private static Stance Stance(StakeholderInput input) => DiscoveryTerms.TryParse<Stance>(input.Stance, out var stance) ? stance : Domain.Discovery.Stance.Unknown;

    private static UseCaseResult NotFound(int id) => UseCaseResult.NotFound($"There is no opportunity with the id {id}.");
}
