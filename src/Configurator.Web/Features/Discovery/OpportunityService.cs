using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The opportunity write use cases (start, edit, move stage, reassign), one implementation each for
/// pages and the API alike; each change is saved together with its timeline entry.
/// </summary>
public sealed class OpportunityService(ConfiguratorDbContext db, OpportunityWorkspace workspace, TimeProvider clock)
{
    /// <summary>
    /// Starts a deal with the people and pain points the input names (a page starts it with none); each
    /// person is one the account knows (by id or e-mail) or becomes known to it.
    /// Returns the saved opportunity too: its people are in the order of the input's, so the API can
    /// answer each with the key it was sent with.
    /// </summary>
    /// <summary>
    /// The currency a new deal of the account most likely has: the one its deals use most, else the one most used by
    /// deals of accounts in its region (a Greater China account starts in CNY), else EUR.
    /// </summary>
    public async Task<string> SuggestedCurrencyAsync(int accountId, CancellationToken cancellationToken)
    {
        var own = await MostUsedAsync(db.Opportunities.Where(o => o.AccountId == accountId), cancellationToken);
        if (own is not null)
        {
            return own;
        }
        var region = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Region).FirstOrDefaultAsync(cancellationToken);
        var inRegion = string.IsNullOrEmpty(region) ? null
            : await MostUsedAsync(db.Opportunities.Where(o => db.Accounts.Any(a => a.Id == o.AccountId && a.Region == region)), cancellationToken);
        return inRegion ?? "EUR";
    }

    private static async Task<string?> MostUsedAsync(IQueryable<Opportunity> opportunities, CancellationToken cancellationToken)
    {
        var counts = await opportunities.GroupBy(o => o.Currency).Select(g => new { Currency = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.OrderByDescending(c => c.Count).ThenBy(c => c.Currency.Code, StringComparer.Ordinal).FirstOrDefault()?.Currency.Code;
    }

    public async Task<(UseCaseResult Result, Opportunity? Opportunity)> CreateAsync(OpportunityInput input, string actorId, CancellationToken cancellationToken)
    {
        var problems = new List<FieldError>();
        if (!(input.AccountId is { } accountId && await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken)))
        {
            problems.Add(new("accountId", $"There is no account with the id {input.AccountId}; create the account first."));
        }
        problems.AddRange(input.Problems(await workspace.CategoryCodesAsync(cancellationToken)));
        if (problems.Count > 0)
        {
            return (UseCaseResult.Invalid(problems), null);
        }
        var now = clock.GetUtcNow();
        DiscoveryTerms.TryParse<OpportunityStage>(input.Stage ?? "discovery", out var stage);
        var opportunity = Opportunity.Create(input.AccountId!.Value, input.Name.Trimmed(), stage, input.ExpectedClose, input.Budget, CurrencyCode.From(input.Currency),
            (input.Competitors ?? []).Select(c => c.Trimmed()), actorId, now);
        var keys = new Dictionary<string, Stakeholder>(StringComparer.Ordinal);
        var people = await db.People.Where(p => p.AccountId == opportunity.AccountId).ToListAsync(cancellationToken);
        var inline = input.Stakeholders ?? [];
        for (var i = 0; i < inline.Count; i++)
        {
            var (person, refused) = StakeholderService.Resolve(opportunity, people, inline[i]!, $"stakeholders[{i}].");
            if (refused is not null)
            {
                problems.Add(refused);
                continue;
            }
            var stakeholder = StakeholderService.AddTo(opportunity, person!, inline[i]!, []);
            if (inline[i]!.Key is { Length: > 0 } key)
            {
                keys[key] = stakeholder;
            }
        }
        if (problems.Count > 0)
        {
            return (UseCaseResult.Invalid(problems), null);
        }
        foreach (var pain in input.PainPoints ?? [])
        {
            PainPointService.AddTo(opportunity, pain!, pain!.RaisedBy is { Length: > 0 } key ? keys[key] : null, actorId, now);
        }
        db.Opportunities.Add(opportunity);
        var started = input.IsImport ? Imported(opportunity) : Started(opportunity);
        var kind = input.IsImport ? ActivityKind.OpportunityImported : ActivityKind.OpportunityCreated;
        await db.SaveWithActivityAsync(() => ActivityEntry.Record(opportunity.AccountId, opportunity.Id, kind, started, actorId, now), cancellationToken);
        return (UseCaseResult.Done(opportunity.Id), opportunity);
    }

    /// <summary>Changes the deal's details; a change based on an older version (stage, owner or details moved since) is a conflict.</summary>
    public async Task<UseCaseResult> EditAsync(int id, OpportunityDetailsInput input, int? version, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound(id);
        }
        if (SaveOrConflict.CheckVersion("opportunity", version, opportunity.Version) is { } stale)
        {
            return stale;
        }
        if (input.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems);
        }
        var next = NextStep.Of(input.NextStep.Trimmed(), input.NextStepDue);
        var nextChanged = next != opportunity.NextStep;
        opportunity.Update(input.Name.Trimmed(), input.ExpectedClose, input.Budget, (input.Competitors ?? []).Select(c => c.Trimmed()), next);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.OpportunityChanged, ActivityText.Of("Edited the details of {0}", ActivityPart.Name(opportunity.Name)), actorId, clock.GetUtcNow()));
        if (nextChanged)
        {
            RecordNextStep(opportunity, actorId);
        }
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Sets, changes or (with neither text nor date) clears the deal's next step; the timeline keeps each change.</summary>
    public async Task<UseCaseResult> SetNextStepAsync(int id, string? text, DateOnly? due, int? version, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound(id);
        }
        if (SaveOrConflict.CheckVersion("opportunity", version, opportunity.Version) is { } stale)
        {
            return stale;
        }
        if (DiscoveryValidation.NextStep(text, due).ToFieldErrors() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems);
        }
        if (opportunity.SetNextStep(NextStep.Of(text.Trimmed(), due)))
        {
            RecordNextStep(opportunity, actorId);
        }
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private void RecordNextStep(Opportunity opportunity, string actorId) =>
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunity.Id, ActivityKind.NextStepChanged,
            opportunity.NextStep is { } next
                ? ActivityText.Of("Set the next step of {0}, due {1}: {2}", ActivityPart.Name(opportunity.Name), ActivityPart.Date(next.Due), ActivityPart.Name(next.Text))
                : ActivityText.Of("Cleared the next step of {0}", ActivityPart.Name(opportunity.Name)),
            actorId, clock.GetUtcNow()));

    /// <summary>
    /// Moves the deal to another stage. Leaving a stage with playbook actions open is allowed only with a
    /// reason; the move, the open actions and the reason go into the timeline. The planned move comes back
    /// too, so a page can name the actions that stay open in its reader's language.
    /// </summary>
    public async Task<(UseCaseResult Result, StageMove? Move)> ChangeStageAsync(int id, string? stage, string? reason, IEnumerable<string> confirmed, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(id, cancellationToken);
        if (opportunity is null)
        {
            return (NotFound(id), null);
        }
        if (!DiscoveryTerms.TryParse<OpportunityStage>(stage, out var to))
        {
            return (UseCaseResult.Invalid(new FieldError("stage", $"Choose a stage: {DiscoveryTerms.AllCodes<OpportunityStage>()}.", DiscoveryIssueCodes.Unknown)), null);
        }
        var (refused, move) = await MoveWithoutSavingAsync(opportunity, to, reason, confirmed, actorId, cancellationToken);
        return (refused ?? await db.SaveOrConflictAsync(cancellationToken), move);
    }

    /// <summary>
    /// The stage change itself, for a use case that saves it together with its own change in one SaveChanges
    /// (the client's acceptance wins the proposal and the deal at once). Null when applied, or why not.
    /// </summary>
    public async Task<(UseCaseResult? Refused, StageMove Move)> MoveWithoutSavingAsync(Opportunity opportunity, OpportunityStage to, string? reason, IEnumerable<string> confirmed,
        string actorId, CancellationToken cancellationToken)
    {
        var move = workspace.Playbook.Plan(opportunity.Stage, to, await workspace.FactsOfAsync(opportunity, cancellationToken), confirmed.ToHashSet(StringComparer.Ordinal));
        if (move.Issue(reason) is { } problem)
        {
            return (UseCaseResult.Invalid(new FieldError(problem.Field, problem.Message, problem.Code)), move);
        }
        var from = opportunity.Stage;
        opportunity.MoveTo(to);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunity.Id, ActivityKind.StageChanged,
            Moved(opportunity, from, to, move.Open.Count > 0),
            actorId, clock.GetUtcNow(), StageDetail(move, reason), ". "));
        return (null, move);
    }

    /// <summary>Hands one opportunity to another owner; its pain points, people and timeline stay as they are.</summary>
    public async Task<UseCaseResult> ReassignAsync(int id, string? ownerId, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound(id);
        }
        var owner = ownerId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ownerId, cancellationToken);
        if (owner is null)
        {
            return UseCaseResult.Invalid("ownerId", "Choose the colleague who takes the opportunity over.");
        }
        if (owner.Id == opportunity.OwnerId)
        {
            return UseCaseResult.Done();
        }
        var previous = await db.Users.AsNoTracking().Where(u => u.Id == opportunity.OwnerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        opportunity.Reassign(owner.Id);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.OwnerChanged,
            ActivityText.Of("Handed {0} from {1} to {2}", ActivityPart.Name(opportunity.Name), ActivityPart.Person(previous), ActivityPart.Person(owner.DisplayName)), actorId, clock.GetUtcNow()));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static ActivityText Moved(Opportunity opportunity, OpportunityStage from, OpportunityStage to, bool actionsOpen)
    {
        ActivityPart[] parts = [ActivityPart.Name(opportunity.Name), ActivityPart.Term(DiscoveryLabels.Stage(from)), ActivityPart.Term(DiscoveryLabels.Stage(to))];
        return actionsOpen ? ActivityText.Of("Moved {0} from {1} to {2} with playbook actions open", parts) : ActivityText.Of("Moved {0} from {1} to {2}", parts);
    }

    /// <summary>The timeline's first sentence of a deal, with what it started with.</summary>
    public static ActivityText Started(Opportunity opportunity) => opportunity.PainPoints.Count + opportunity.Stakeholders.Count == 0
        ? ActivityText.Of("Started the opportunity {0}", ActivityPart.Name(opportunity.Name))
        : ActivityText.Of("Started the opportunity {0} with {1} and {2}", ActivityPart.Name(opportunity.Name),
            ActivityPart.Count(opportunity.PainPoints.Count, "{0} pain point", "{0} pain points"),
            ActivityPart.Count(opportunity.Stakeholders.Count, "{0} person", "{0} people"));

    /// <summary>What the timeline says of a deal brought in from elsewhere, with the stage it came in at.</summary>
    public static ActivityText Imported(Opportunity opportunity) =>
        ActivityText.Of("Imported the opportunity {0} at {1}", ActivityPart.Name(opportunity.Name), ActivityPart.Term(DiscoveryLabels.Stage(opportunity.Stage)));

    private static UseCaseResult NotFound(int id) => UseCaseResult.NotFound($"There is no opportunity with the id {id}.");

    private static List<ActivityText> StageDetail(StageMove move, string? reason)
    {
        var parts = new List<ActivityText>();
        if (move.Open.Count > 0)
        {
            parts.Add(ActivityText.Of("Open: {0}", ActivityPart.PlaybookActions(move.Open.Select(a => a.Action))));
        }
        if (!string.IsNullOrWhiteSpace(reason))
        {
            parts.Add(ActivityText.Of("Reason: {0}", ActivityPart.Name(reason.Trim())));
        }
        return parts;
    }
}
