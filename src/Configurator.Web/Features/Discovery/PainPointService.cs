using System.Globalization;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The pain point write use cases (add, change, move), one implementation each for pages and the API
/// alike; each change is saved in the same SaveChanges as its timeline entry.
/// </summary>
public sealed class PainPointService(ConfiguratorDbContext db, OpportunityWorkspace workspace, TimeProvider clock)
{
    /// <summary>
    /// What adding or changing the pain point would refuse, changing nothing: for a form whose other
    /// fields could not even be read, so that every problem is shown at once.
    /// </summary>
    public async Task<UseCaseResult> CheckAsync(int opportunityId, PainPointInput input, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        return opportunity is null ? NotFound(opportunityId) : await RefusedAsync(opportunity, input, cancellationToken) ?? UseCaseResult.Done();
    }

    /// <summary>
    /// Adds a pain point where it belongs in the priority order; <see cref="PainPointInput.RaisedBy"/> is a stakeholder id of the opportunity.
    /// Adds to one deal take turns in this process, and an add that another process beat to a priority
    /// (the database keeps them unique) is tried again on what that one saved, so concurrent adds all land, each in its own place.
    /// </summary>
    public async Task<UseCaseResult> AddAsync(int opportunityId, PainPointInput input, string actorId, CancellationToken cancellationToken)
    {
        using var turn = await PainPointOrder.TurnAsync(opportunityId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var result = await TryAddAsync(opportunityId, input, actorId, cancellationToken);
            // Only a save that another beat is tried again; a deal that is full stays full.
            if (result.Outcome != Outcome.Conflict || result.Message != SaveOrConflict.ConcurrentChange || attempt == PainPointOrder.Attempts)
            {
                return result;
            }
            await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
        }
    }

    private async Task<UseCaseResult> TryAddAsync(int opportunityId, PainPointInput input, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        if (opportunity is null)
        {
            return NotFound(opportunityId);
        }
        if (await RefusedAsync(opportunity, input, cancellationToken) is { } refused)
        {
            return refused;
        }
        if (DiscoveryValidation.RoomForPainPoint(opportunity.PainPoints.Count) is { } full)
        {
            return UseCaseResult.Conflict(full);
        }
        var now = clock.GetUtcNow();
        var pain = AddTo(opportunity, input, RaisedBy(opportunity, input), actorId, now);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.PainPointAdded, ActivityText.Of("Added pain point “{0}” to {1}", ActivityPart.Name(pain.Title), ActivityPart.Name(opportunity.Name)), actorId, now));
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        return saved.Succeeded ? UseCaseResult.Done(pain.Id) : saved;
    }

    /// <summary>Changes what was recorded; a change based on an older version than the saved one is a conflict and changes nothing.</summary>
    public async Task<UseCaseResult> UpdateAsync(int opportunityId, int painPointId, PainPointInput input, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        var pain = opportunity?.PainPoints.FirstOrDefault(p => p.Id == painPointId);
        if (opportunity is null || pain is null)
        {
            return opportunity is null ? NotFound(opportunityId) : UseCaseResult.NotFound($"The opportunity {opportunityId} has no pain point with the id {painPointId}.");
        }
        if (SaveOrConflict.CheckVersion("pain point", input.Version, pain.Version) is { } stale)
        {
            return stale;
        }
        if (await RefusedAsync(opportunity, input, cancellationToken) is { } refused)
        {
            return refused;
        }
        var changes = Changes(pain, input, opportunity.Currency);
        var now = clock.GetUtcNow();
        pain.Update(input.Title.Trimmed(), input.Category!, input.ClientWords.Trimmed(), input.Severity!.Value, input.AnnualImpact, RaisedBy(opportunity, input), now);
        if (changes.Count > 0)
        {
            db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.PainPointChanged, ActivityText.Of("Changed pain point “{0}”", ActivityPart.Name(pain.Title)), actorId, now, changes));
        }
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>
    /// Records the yearly cost the client agreed to for a pain point, with the person of the account who
    /// confirmed it and when; the value case and the document use it from then on. All problems are
    /// returned at once and nothing is saved with any of them.
    /// </summary>
    public async Task<UseCaseResult> ConfirmBaselineAsync(int opportunityId, int painPointId, BaselineInput input, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        var pain = opportunity?.PainPoints.FirstOrDefault(p => p.Id == painPointId);
        if (opportunity is null || pain is null)
        {
            return opportunity is null ? NotFound(opportunityId) : UseCaseResult.NotFound($"The opportunity {opportunityId} has no pain point with the id {painPointId}.");
        }
        if (SaveOrConflict.CheckVersion("pain point", input.Version, pain.Version) is { } stale)
        {
            return stale;
        }
        var person = input.ConfirmedBy is { } personId
            ? await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.AccountId == opportunity.AccountId, cancellationToken)
            : null;
        var now = clock.GetUtcNow();
        var problems = input.Problems(person is not null, DateOnly.FromDateTime(now.UtcDateTime));
        if (problems.Count > 0)
        {
            return UseCaseResult.Invalid(problems);
        }
        pain.ConfirmBaseline(input.Amount!.Value, person!, input.ConfirmedOn!.Value, now);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.PainPointChanged,
            ActivityText.Of("{0} confirmed that “{1}” costs {2} a year", ActivityPart.Person(person!.Name), ActivityPart.Name(pain.Title), ActivityPart.Money(input.Amount, opportunity.Currency.Code)), actorId, now));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Takes a client-confirmed cost back: the value case uses the rep's estimate again.</summary>
    public async Task<UseCaseResult> ClearBaselineAsync(int opportunityId, int painPointId, int? version, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        var pain = opportunity?.PainPoints.FirstOrDefault(p => p.Id == painPointId);
        if (opportunity is null || pain is null)
        {
            return opportunity is null ? NotFound(opportunityId) : UseCaseResult.NotFound($"The opportunity {opportunityId} has no pain point with the id {painPointId}.");
        }
        if (SaveOrConflict.CheckVersion("pain point", version, pain.Version) is { } stale)
        {
            return stale;
        }
        if (pain.Baseline is null)
        {
            return UseCaseResult.Done();
        }
        var now = clock.GetUtcNow();
        pain.ClearBaseline(now);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.PainPointChanged,
            ActivityText.Of("Took back the client's confirmed cost of “{0}”", ActivityPart.Name(pain.Title)), actorId, now));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Moves a pain point one place up or down the priority order.</summary>
    public async Task<UseCaseResult> MoveAsync(int opportunityId, int painPointId, string? direction, string actorId, CancellationToken cancellationToken)
    {
        using var turn = await PainPointOrder.TurnAsync(opportunityId, cancellationToken);
        var opportunity = await workspace.LoadForChangeAsync(opportunityId, cancellationToken);
        var pain = opportunity?.PainPoints.FirstOrDefault(p => p.Id == painPointId);
        if (opportunity is null || pain is null)
        {
            return opportunity is null ? NotFound(opportunityId) : UseCaseResult.NotFound($"The opportunity {opportunityId} has no pain point with the id {painPointId}.");
        }
        if (direction is not ("up" or "down"))
        {
            return UseCaseResult.Invalid("direction", "Move a pain point up or down.");
        }
        var before = pain.Priority;
        opportunity.MovePainPoint(pain, direction == "up" ? -1 : 1);
        if (pain.Priority == before)
        {
            return UseCaseResult.Done();
        }
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, opportunityId, ActivityKind.PainPointsReordered,
            ActivityText.Of("Moved “{0}” from priority {1} to {2}", ActivityPart.Name(pain.Title), ActivityPart.Number(before), ActivityPart.Number(pain.Priority)), actorId, clock.GetUtcNow()));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Adds a checked pain point to the opportunity, captured by the given user.</summary>
    internal static PainPoint AddTo(Opportunity opportunity, PainPointInput input, Stakeholder? raisedBy, string actorId, DateTimeOffset at) =>
        opportunity.AddPainPoint(input.Title.Trimmed(), input.Category!, input.ClientWords.Trimmed(), input.Severity!.Value, input.AnnualImpact, raisedBy, actorId, at);

    private async Task<UseCaseResult?> RefusedAsync(Opportunity opportunity, PainPointInput input, CancellationToken cancellationToken)
    {
        var problems = input.Problems(await workspace.CategoryCodesAsync(cancellationToken)).ToList();
        if (input.RaisedBy is { Length: > 0 } && RaisedBy(opportunity, input) is null)
        {
            problems.Add(new("raisedBy", "Choose someone from this opportunity's decision chain.", DiscoveryIssueCodes.Unknown));
        }
        return problems.Count > 0 ? UseCaseResult.Invalid(problems) : null;
    }

    private static Stakeholder? RaisedBy(Opportunity opportunity, PainPointInput input) =>
        input.RaisedBy is { Length: > 0 } id ? opportunity.Stakeholders.FirstOrDefault(s => s.Id.ToString(CultureInfo.InvariantCulture) == id) : null;

    private static UseCaseResult NotFound(int id) => UseCaseResult.NotFound($"There is no opportunity with the id {id}.");

    /// <summary>What the timeline says changed, before the change is applied.</summary>
    private static List<ActivityText> Changes(PainPoint pain, PainPointInput input, string currency)
    {
        var changes = new List<ActivityText>();
        if (pain.Title != input.Title.Trimmed())
        {
            changes.Add(ActivityText.Of("title was “{0}”", ActivityPart.Name(pain.Title)));
        }
        if (pain.Category != input.Category)
        {
            changes.Add(ActivityText.Of("category {0} → {1}", ActivityPart.Name(pain.Category), ActivityPart.Name(input.Category ?? "")));
        }
        if (pain.Severity != input.Severity)
        {
            changes.Add(ActivityText.Of("severity {0} → {1}", ActivityPart.Number(pain.Severity), ActivityPart.Number(input.Severity ?? 0)));
        }
        if (pain.AnnualImpact != input.AnnualImpact)
        {
            changes.Add(ActivityText.Of("annual impact {0} → {1}", ActivityPart.Money(pain.AnnualImpact, currency), ActivityPart.Money(input.AnnualImpact, currency)));
        }
        if (pain.ClientWords != input.ClientWords.Trimmed())
        {
            changes.Add(ActivityText.Of("client's words"));
        }
        if (pain.RaisedById?.ToString(CultureInfo.InvariantCulture) != (input.RaisedBy is { Length: > 0 } raisedBy ? raisedBy : null))
        {
            changes.Add(ActivityText.Of("who raised it"));
        }
        return changes;
    }
}
