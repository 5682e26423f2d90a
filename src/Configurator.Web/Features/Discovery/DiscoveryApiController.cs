using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// Accounts and opportunities for integrations: reps, presales and admins write; everyone reads. Every
/// write is the same use case the pages call; this controller only answers in JSON.
/// </summary>
[Route("/api/v1")]
public sealed class DiscoveryApiController(ConfiguratorDbContext db, AccountService accounts, OpportunityService opportunities, PainPointService painPoints,
    StakeholderService stakeholders) : ApiControllerBase
{
    [HttpPost("accounts")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateAccount(AccountInput input, CancellationToken cancellationToken)
    {
        var result = await accounts.CreateAsync(input, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == result.CreatedId, cancellationToken);
        return Created($"/api/v1/accounts/{account.Id}", new { account.Id, account.Name, account.Industry, account.Region, account.Size, account.OwnerId, account.Version });
    }

    /// <summary>Creates an opportunity with its stakeholders and pain points in one call; raisedBy names a stakeholder key of the same body.</summary>
    [HttpPost("opportunities")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateOpportunity(OpportunityInput input, CancellationToken cancellationToken)
    {
        var (result, opportunity) = await opportunities.CreateAsync(input, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        // The people were added in the order of the body, so each answers with the key it was sent with.
        var keys = opportunity!.Stakeholders.Zip(input.Stakeholders ?? [])
            .Where(pair => pair.Second?.Key is { Length: > 0 })
            .ToDictionary(pair => pair.First, pair => pair.Second!.Key!);
        return Created($"/api/v1/opportunities/{opportunity.Id}", OpportunityResponse.From(opportunity, await NamesAsync(opportunity, cancellationToken), keys));
    }

    [HttpGet("opportunities/{id:int}")]
    public async Task<IActionResult> GetOpportunity(int id, CancellationToken cancellationToken) =>
        await ReadAsync(id, cancellationToken) is { } opportunity
            ? Ok(opportunity)
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "No such opportunity", detail: $"There is no opportunity with the id {id}.");

    /// <summary>Adds one pain point; here raisedBy is the id of one of the opportunity's stakeholders.</summary>
    [HttpPost("opportunities/{id:int}/pain-points")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> AddPainPoint(int id, PainPointInput input, CancellationToken cancellationToken)
    {
        var result = await painPoints.AddAsync(id, input, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        var painPoint = await PainPointAsync(id, result.CreatedId!.Value, cancellationToken);
        return Created($"/api/v1/opportunities/{id}", painPoint);
    }

    /// <summary>
    /// Replaces what was recorded for a pain point. The body's version (or an If-Match header) names the
    /// version the change is based on; an older one than the saved one is a conflict and changes nothing.
    /// </summary>
    [HttpPut("opportunities/{id:int}/pain-points/{painId:int}")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> UpdatePainPoint(int id, int painId, PainPointInput input, CancellationToken cancellationToken)
    {
        var result = await painPoints.UpdateAsync(id, painId, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken);
        return result.Succeeded ? Ok(await PainPointAsync(id, painId, cancellationToken)) : result.Problem(Response);
    }

    [HttpPost("opportunities/{id:int}/stakeholders")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> AddStakeholder(int id, StakeholderInput input, CancellationToken cancellationToken)
    {
        var result = await stakeholders.AddAsync(id, input, [], User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        var opportunity = await ReadAsync(id, cancellationToken);
        return Created($"/api/v1/opportunities/{id}", opportunity!.Stakeholders.Single(s => s.Id == result.CreatedId));
    }

    /// <summary>The pain point as saved now, with its version as the ETag for the next change.</summary>
    private async Task<PainPointResponse> PainPointAsync(int id, int painId, CancellationToken cancellationToken)
    {
        var painPoint = (await ReadAsync(id, cancellationToken))!.PainPoints.Single(p => p.Id == painId);
        Response.Headers.ETag = $"\"{painPoint.Version}\"";
        return painPoint;
    }

    private async Task<OpportunityResponse?> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).ThenInclude(p => p.RaisedBy).Include(o => o.Stakeholders)
            .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return opportunity is null ? null : OpportunityResponse.From(opportunity, await NamesAsync(opportunity, cancellationToken));
    }

    private Task<IReadOnlyDictionary<string, string>> NamesAsync(Opportunity opportunity, CancellationToken cancellationToken) =>
        UserNames.LoadAsync(db, opportunity.PainPoints.Select(p => p.CapturedById), cancellationToken);
}
