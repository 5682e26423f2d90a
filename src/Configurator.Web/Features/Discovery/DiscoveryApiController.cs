using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// Accounts and opportunities for integrations: reps, presales and admins write; everyone reads. Every
/// write is the same use case the pages call; this controller only answers in JSON.
/// </summary>
[Route("/api/v1")]
public sealed class DiscoveryApiController(ConfiguratorDbContext db, AccountService accounts, AccountList accountList, OpportunityService opportunities,
    OpportunityList opportunityList, PainPointService painPoints, StakeholderService stakeholders, IOptions<JsonOptions> json,
    IAuthorizationService authorization) : ApiControllerBase
{
    private static readonly string[] _accountFields = ["name", "industry", "region", "size", "notes", "allowSimilar", "version"];
    private static readonly string[] _opportunityFields = ["name", "expectedClose", "budget", "competitors", "nextStep", "nextStepDue", "version"];

    /// <summary>Creates an account; a name like an existing account's is 409 naming them, unless allowSimilar is true.</summary>
    [HttpPost("accounts")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateAccount(AccountInput input, CancellationToken cancellationToken)
    {
        var (result, similar) = await accounts.CreateAsync(input, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return SimilarProblem(result, similar);
        }
        return Created($"/api/v1/accounts/{result.CreatedId}", await AccountAsync(result.CreatedId!.Value, cancellationToken));
    }

    /// <summary>Accounts by name, then id, a page at a time; filters q, industry, region, owner.</summary>
    [HttpGet("accounts")]
    public async Task<IActionResult> ListAccounts([FromQuery] AccountListQuery query, [FromQuery] PagingQuery paging, CancellationToken cancellationToken)
    {
        var (rows, errors) = await accountList.QueryAsync(query, paging, User.ActorId(), PagingQuery.DefaultPageSize, cancellationToken);
        return errors.Count > 0 ? UseCaseAnswers.QueryProblem(errors) : Ok(rows);
    }

    [HttpGet("accounts/{id:int}")]
    public async Task<IActionResult> GetAccount(int id, CancellationToken cancellationToken) =>
        await AccountAsync(id, cancellationToken) is { } account
            ? Ok(account)
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "No such account", detail: $"There is no account with the id {id}.");

    /// <summary>
    /// Changes the fields the body names, through the same use case as the account's edit page; the body's
    /// version (or If-Match) names the version the change is based on.
    /// </summary>
    [HttpPatch("accounts/{id:int}")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> PatchAccount(int id, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        var saved = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (saved is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such account", detail: $"There is no account with the id {id}.");
        }
        var patch = JsonPatchBody.Read(body, json.Value.JsonSerializerOptions, _accountFields);
        var input = new AccountInput(patch.Get("name", saved.Name), patch.Get("industry", saved.Industry), patch.Get("region", saved.Region),
            patch.Get("size", saved.Size), patch.Get("notes", saved.Notes), patch.Get<bool?>("allowSimilar", null));
        var version = patch.Get<int?>("version", null) ?? Request.IfMatchVersion();
        if (patch.Errors.Count > 0)
        {
            return UseCaseResult.Invalid(patch.Errors).Problem(Response);
        }
        var (result, similar) = await accounts.EditAsync(id, input, version, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return SimilarProblem(result, similar);
        }
        var account = await AccountAsync(id, cancellationToken);
        Response.Headers.ETag = $"\"{account!.Version}\"";
        return Ok(account);
    }

    /// <summary>Opportunities a page at a time; filters q, owner, stage, account, close or closeFrom/closeTo; sort by id (default), close or value.</summary>
    [HttpGet("opportunities")]
    public async Task<IActionResult> ListOpportunities([FromQuery] OpportunityListQuery query, [FromQuery] PagingQuery paging, CancellationToken cancellationToken)
    {
        var (rows, errors) = await opportunityList.QueryAsync(query, paging, User.ActorId(), OpportunitySort.Id, PagingQuery.DefaultPageSize, cancellationToken);
        return errors.Count > 0 ? UseCaseAnswers.QueryProblem(errors) : Ok(rows);
    }

    /// <summary>
    /// Changes the fields the body names (details and next step), through the same use case as the
    /// opportunity's edit page; the body's version (or If-Match) names the version the change is based on.
    /// </summary>
    [HttpPatch("opportunities/{id:int}")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> PatchOpportunity(int id, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        var saved = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (saved is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such opportunity", detail: $"There is no opportunity with the id {id}.");
        }
        var patch = JsonPatchBody.Read(body, json.Value.JsonSerializerOptions, _opportunityFields);
        var input = new OpportunityDetailsInput(patch.Get("name", saved.Name), patch.Get("expectedClose", saved.ExpectedClose), patch.Get("budget", saved.Budget),
            patch.Get<IReadOnlyList<string?>>("competitors", saved.Competitors), patch.Get("nextStep", saved.NextStep?.Text), patch.Get("nextStepDue", saved.NextStep?.Due));
        var version = patch.Get<int?>("version", null) ?? Request.IfMatchVersion();
        if (patch.Errors.Count > 0)
        {
            return UseCaseResult.Invalid(patch.Errors).Problem(Response);
        }
        var result = await opportunities.EditAsync(id, input, version, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        var opportunity = await ReadAsync(id, cancellationToken);
        Response.Headers.ETag = $"\"{opportunity!.Version}\"";
        return Ok(opportunity);
    }

    /// <summary>Creates an opportunity with its stakeholders and pain points in one call; raisedBy names a stakeholder key of the same body.</summary>
    [HttpPost("opportunities")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateOpportunity(OpportunityInput input, CancellationToken cancellationToken)
    {
        if (input.IsImport && !(await authorization.AuthorizeAsync(User, Policies.ImportOpportunities)).Succeeded)
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only admins import opportunities",
                detail: "\"import\": true brings in a deal decided elsewhere, past its playbook; only an admin may. Leave it out to start the deal in an open stage.");
        }
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

    /// <summary>Records the yearly cost the client agreed to for a pain point: <c>{amount, confirmedBy, confirmedOn, version}</c>.</summary>
    [HttpPut("opportunities/{id:int}/pain-points/{painId:int}/baseline")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> ConfirmBaseline(int id, int painId, BaselineInput input, CancellationToken cancellationToken)
    {
        var result = await painPoints.ConfirmBaselineAsync(id, painId, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken);
        return result.Succeeded ? Ok(await PainPointAsync(id, painId, cancellationToken)) : result.Problem(Response);
    }

    /// <summary>Takes the client-confirmed cost back; the rep's estimate counts again.</summary>
    [HttpDelete("opportunities/{id:int}/pain-points/{painId:int}/baseline")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> ClearBaseline(int id, int painId, [FromQuery] int? version, CancellationToken cancellationToken)
    {
        var result = await painPoints.ClearBaselineAsync(id, painId, version ?? Request.IfMatchVersion(), User.ActorId(), cancellationToken);
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

    private async Task<AccountRow?> AccountAsync(int id, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AccountRow(a.Id, a.Name, a.Industry, a.Region, a.Size, a.OwnerId, db.Opportunities.Count(o => o.AccountId == a.Id), a.Version))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>A refused account write; a name like other accounts' is 409 with their ids, so an integration can link to the one that exists.</summary>
    private ObjectResult SimilarProblem(UseCaseResult result, IReadOnlyList<AccountMatch> similar)
    {
        var problem = result.Problem(Response);
        if (similar.Count > 0 && problem.Value is ProblemDetails details)
        {
            details.Title = "An account with a similar name exists";
            details.Extensions["existingAccountId"] = similar[0].Id;
            details.Extensions["similarAccounts"] = similar.Select(a => new { a.Id, a.Name, url = $"/api/v1/accounts/{a.Id}" }).ToList();
        }
        return problem;
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
