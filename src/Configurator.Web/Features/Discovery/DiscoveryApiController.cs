using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>Accounts and opportunities for integrations: reps, presales and admins write; everyone reads.</summary>
[Route("/api/v1")]
public sealed class DiscoveryApiController(ConfiguratorDbContext db, CatalogueCache catalogue, UserManager<AppUser> users, TimeProvider clock) : ApiControllerBase
{
    [HttpPost("accounts")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateAccount(AccountInput input, CancellationToken cancellationToken)
    {
        if (input.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems).Problem(Response);
        }
        var account = Account.Create(input.Name!.Trim(), Trim(input.Industry), Trim(input.Region), Trim(input.Size), users.GetUserId(User)!, Trim(input.Notes), clock.GetUtcNow());
        db.Accounts.Add(account);
        await db.SaveWithActivityAsync(() => ActivityEntry.Record(account.Id, null, ActivityKind.AccountCreated, $"Created the account {account.Name}", User.ActorId(), account.CreatedAt), cancellationToken);
        return Created($"/api/v1/accounts/{account.Id}", new { account.Id, account.Name, account.Industry, account.Region, account.Size, account.OwnerId, account.Version });
    }

    /// <summary>Creates an opportunity with its stakeholders and pain points in one call; raisedBy names a stakeholder key of the same body.</summary>
    [HttpPost("opportunities")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateOpportunity(OpportunityInput input, CancellationToken cancellationToken)
    {
        var categories = (await catalogue.GetAsync(db, cancellationToken)).CategoryNames.Keys.ToHashSet(StringComparer.Ordinal);
        var problems = new List<FieldError>();
        if (!(input.AccountId is { } accountId && await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken)))
        {
            problems.Add(new("accountId", $"There is no account with the id {input.AccountId}; create the account first."));
        }
        problems.AddRange(input.Problems(categories));
        if (problems.Count > 0)
        {
            return UseCaseResult.Invalid(problems).Problem(Response);
        }
        var now = clock.GetUtcNow();
        var by = User.ActorId();
        DiscoveryTerms.TryParse<OpportunityStage>(input.Stage ?? "discovery", out var stage);
        var opportunity = Opportunity.Create(input.AccountId!.Value, input.Name!.Trim(), stage, input.ExpectedClose, input.Budget, input.Currency!,
            (input.Competitors ?? []).Select(c => c!.Trim()), users.GetUserId(User)!, now);
        var keys = new Dictionary<string, Stakeholder>(StringComparer.Ordinal);
        var keyOf = new Dictionary<Stakeholder, string>();
        foreach (var s in input.Stakeholders ?? [])
        {
            var stakeholder = AddStakeholder(opportunity, s!);
            if (s!.Key is { Length: > 0 } key)
            {
                keys[key] = stakeholder;
                keyOf[stakeholder] = key;
            }
        }
        foreach (var p in input.PainPoints ?? [])
        {
            opportunity.AddPainPoint(p!.Title!.Trim(), p.Category!, Trim(p.ClientWords), p.Severity!.Value, p.AnnualImpact,
                p.RaisedBy is { Length: > 0 } key ? keys[key] : null, by, now);
        }
        db.Opportunities.Add(opportunity);
        await db.SaveWithActivityAsync(() => ActivityEntry.Record(opportunity.AccountId, opportunity.Id, ActivityKind.OpportunityCreated,
            $"Started the opportunity {opportunity.Name} with {opportunity.PainPoints.Count} pain points and {opportunity.Stakeholders.Count} people", User.ActorId(), now), cancellationToken);
        return Created($"/api/v1/opportunities/{opportunity.Id}", OpportunityResponse.From(opportunity, await NamesAsync(opportunity, cancellationToken), keyOf));
    }

    [HttpGet("opportunities/{id:int}")]
    public async Task<IActionResult> GetOpportunity(int id, CancellationToken cancellationToken)
    {
        var opportunity = await LoadAsync(id, cancellationToken);
        return opportunity is null ? NotFoundProblem(id) : Ok(OpportunityResponse.From(opportunity, await NamesAsync(opportunity, cancellationToken)));
    }

    /// <summary>Adds one pain point; here raisedBy is the id of one of the opportunity's stakeholders.</summary>
    [HttpPost("opportunities/{id:int}/pain-points")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> AddPainPoint(int id, PainPointInput input, CancellationToken cancellationToken)
    {
        var opportunity = await LoadAsync(id, cancellationToken, tracked: true);
        if (opportunity is null)
        {
            return NotFoundProblem(id);
        }
        var categories = (await catalogue.GetAsync(db, cancellationToken)).CategoryNames.Keys.ToHashSet(StringComparer.Ordinal);
        var stakeholderIds = opportunity.Stakeholders.ToDictionary(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var problems = input.Problems(categories).ToList();
        if (input.RaisedBy is { Length: > 0 } raisedBy && !stakeholderIds.ContainsKey(raisedBy))
        {
            problems.Add(new("raisedBy", $"No stakeholder has the key '{raisedBy}'; raisedBy names the key of a stakeholder of the same opportunity."));
        }
        if (problems.Count > 0)
        {
            return UseCaseResult.Invalid(problems).Problem(Response);
        }
        var painPoint = opportunity.AddPainPoint(input.Title!.Trim(), input.Category!, Trim(input.ClientWords), input.Severity!.Value, input.AnnualImpact,
            input.RaisedBy is { Length: > 0 } key ? stakeholderIds[key] : null, User.ActorId(), clock.GetUtcNow());
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.PainPointAdded, $"Added pain point “{painPoint.Title}” to {opportunity.Name}", User.ActorId(), painPoint.CapturedAt));
        await db.SaveChangesAsync(cancellationToken);
        return Created($"/api/v1/opportunities/{id}", OpportunityResponse.From(opportunity, await NamesAsync(opportunity, cancellationToken)).PainPoints.Single(p => p.Id == painPoint.Id));
    }

    [HttpPost("opportunities/{id:int}/stakeholders")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> AddStakeholder(int id, StakeholderInput input, CancellationToken cancellationToken)
    {
        var opportunity = await LoadAsync(id, cancellationToken, tracked: true);
        if (opportunity is null)
        {
            return NotFoundProblem(id);
        }
        if (input.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems).Problem(Response);
        }
        var stakeholder = AddStakeholder(opportunity, input);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.StakeholderAdded,
            $"Added {stakeholder.Name} ({DiscoveryLabels.Role(stakeholder.Role)}) to the decision chain of {opportunity.Name}", User.ActorId(), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Created($"/api/v1/opportunities/{id}", OpportunityResponse.From(opportunity, await NamesAsync(opportunity, cancellationToken)).Stakeholders.Single(s => s.Id == stakeholder.Id));
    }

    private static Stakeholder AddStakeholder(Opportunity opportunity, StakeholderInput s)
    {
        DiscoveryTerms.TryParse<StakeholderRole>(s.Role, out var role);
        var stance = DiscoveryTerms.TryParse<Stance>(s.Stance, out var parsed) ? parsed : Stance.Unknown;
        return opportunity.AddStakeholder(s.Name!.Trim(), Trim(s.Title), role, stance, s.Influence ?? 3, Trim(s.Notes));
    }

    private async Task<Opportunity?> LoadAsync(int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.Opportunities.Include(o => o.PainPoints).ThenInclude(p => p.RaisedBy).Include(o => o.Stakeholders).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    private Task<IReadOnlyDictionary<string, string>> NamesAsync(Opportunity opportunity, CancellationToken cancellationToken) =>
        UserNames.LoadAsync(db, opportunity.PainPoints.Select(p => p.CapturedById), cancellationToken);

    private static string Trim(string? value) => value?.Trim() ?? "";

    private ObjectResult NotFoundProblem(int id) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "No such opportunity", detail: $"There is no opportunity with the id {id}.");
}
