using Configurator.Domain.Proposals;
using Configurator.Domain.Users;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Configurator.Web.Features.Proposals;

/// <summary>Proposals for integrations, as the contract says: presales write, approvers approve, everyone reads.</summary>
[Route("/api/v1")]
public sealed class ProposalsApiController(ProposalService proposals, ProposalRevisions revisions, ProposalList list) : ApiControllerBase
{
    /// <summary>Proposals by id, a page at a time; filters status, opportunity, account, owner (of the opportunity), q (in the title or the opportunity's or account's name).</summary>
    [HttpGet("proposals")]
    public async Task<IActionResult> List([FromQuery] ProposalListQuery query, [FromQuery] PagingQuery paging, CancellationToken cancellationToken)
    {
        var (rows, errors) = await list.QueryAsync(query, paging, User.ActorId(), newestFirst: false, PagingQuery.DefaultPageSize, cancellationToken);
        return errors.Count > 0 ? UseCaseAnswers.QueryProblem(errors) : Ok(rows);
    }

    /// <summary>Freezes the proposal as a numbered revision with its HTML and PDF.</summary>
    [HttpPost("proposals/{id:int}/revisions")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Issue(int id, [FromBody] WorkflowInput? input, CancellationToken cancellationToken)
    {
        var name = User.DisplayName();
        var (result, revision) = await revisions.IssueAsync(id, input?.Version ?? Request.IfMatchVersion(), User.ActorId(), name, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        return Created($"/api/v1/proposals/{id}/revisions/{revision!.Number}",
            new { revision.Number, revision.Sha256, pdfUrl = $"/api/v1/proposals/{id}/revisions/{revision.Number}/pdf", revision.IssuedAt, issuedBy = revision.IssuedByName });
    }

    /// <summary>The document as the next revision would print it (text/html), under a policy that lets nothing in it run.</summary>
    [HttpGet("proposals/{id:int}/preview")]
    [EnableRateLimiting(SecuritySetup.DocumentRateLimit)]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var name = User.DisplayName();
        if (await revisions.PreviewAsync(id, User.ActorId(), name, cancellationToken) is not { } preview)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such proposal", detail: $"There is no proposal with the id {id}.");
        }
        SecurityHeaders.UseDocumentPolicy(HttpContext);
        return Content(preview.Html, "text/html; charset=utf-8");
    }

    [HttpGet("proposals/{id:int}/revisions")]
    public async Task<IActionResult> Revisions(int id, CancellationToken cancellationToken) =>
        Ok((await revisions.ListAsync(id, cancellationToken)).Select(r => new { r.Number, r.Sha256, r.IssuedAt, issuedBy = r.IssuedByName, pdfUrl = $"/api/v1/proposals/{id}/revisions/{r.Number}/pdf" }));

    /// <summary>The revision's data exactly as issued.</summary>
    [HttpGet("proposals/{id:int}/revisions/{number:int}")]
    public async Task<IActionResult> Revision(int id, int number, CancellationToken cancellationToken) =>
        await revisions.GetAsync(id, number, cancellationToken) is { } revision
            ? Content(revision.Data, "application/json")
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "No such revision", detail: $"Proposal {id} has no revision {number}.");

    /// <summary>What changed from the revision to the proposal now: lines added, removed, repriced; totals before and after.</summary>
    [HttpGet("proposals/{id:int}/revisions/{number:int}/compare")]
    public async Task<IActionResult> Compare(int id, int number, CancellationToken cancellationToken) =>
        await revisions.CompareWithNowAsync(id, number, cancellationToken) is { } comparison
            ? Ok(new
            {
                lines = comparison.Lines.Select(d => new { change = Domain.Proposals.ProposalTerms.Code(d.Change), before = d.Before, after = d.After }),
                totals = comparison.Totals,
            })
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "No such revision", detail: $"Proposal {id} has no revision {number}.");

    /// <summary>The PDF as issued, the same bytes every time.</summary>
    [HttpGet("proposals/{id:int}/revisions/{number:int}/pdf")]
    public async Task<IActionResult> RevisionPdf(int id, int number, CancellationToken cancellationToken) =>
        await revisions.GetAsync(id, number, cancellationToken) is { } revision
            ? File(revision.Pdf, "application/pdf", $"proposal-{id}-revision-{revision.Number}.pdf")
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "No such revision", detail: $"Proposal {id} has no revision {number}.");

    [HttpPost("opportunities/{id:int}/proposals")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Create(int id, CreateProposalInput input, CancellationToken cancellationToken)
    {
        var result = await proposals.CreateAsync(id, input, User.ActorId(), cancellationToken);
        return result.Succeeded
            ? await AnswerAsync(result.CreatedId!.Value, StatusCodes.Status201Created, cancellationToken)
            : result.Problem(Response);
    }

    [HttpGet("proposals/{id:int}")]
    public Task<IActionResult> Get(int id, CancellationToken cancellationToken) => AnswerAsync(id, StatusCodes.Status200OK, cancellationToken);

    [HttpPost("proposals/{id:int}/options/{optionId:int}/lines")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> AddLine(int id, int optionId, AddLineInput input, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.AddLineAsync(id, optionId, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken),
            StatusCodes.Status201Created, cancellationToken);

    [HttpPatch("proposals/{id:int}/options/{optionId:int}/lines/{lineId:int}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> ChangeLine(int id, int optionId, int lineId, ChangeLineInput input, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.ChangeLineAsync(id, optionId, lineId, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken),
            StatusCodes.Status200OK, cancellationToken);

    [HttpDelete("proposals/{id:int}/options/{optionId:int}/lines/{lineId:int}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> RemoveLine(int id, int optionId, int lineId, [FromQuery] int? version, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.RemoveLineAsync(id, optionId, lineId, version ?? Request.IfMatchVersion(), User.ActorId(), cancellationToken),
            StatusCodes.Status200OK, cancellationToken);

    /// <summary>Presales' estimate of the share of a pain category's cost a line removes on this deal, with the reason; <c>percent: null</c> or DELETE takes it back.</summary>
    [HttpPut("proposals/{id:int}/options/{optionId:int}/lines/{lineId:int}/improvements/{category}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> EstimateImprovement(int id, int optionId, int lineId, string category, ImprovementInput input, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.EstimateImprovementAsync(id, optionId, lineId, category, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken),
            StatusCodes.Status200OK, cancellationToken);

    [HttpDelete("proposals/{id:int}/options/{optionId:int}/lines/{lineId:int}/improvements/{category}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> TakeBackImprovement(int id, int optionId, int lineId, string category, [FromQuery] int? version, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.EstimateImprovementAsync(id, optionId, lineId, category, new ImprovementInput(null, null, version ?? Request.IfMatchVersion()), User.ActorId(), cancellationToken),
            StatusCodes.Status200OK, cancellationToken);

    /// <summary>Says in the proposal why a pain point is not answered; the document prints it, and the warning is satisfied. Empty text takes it back.</summary>
    [HttpPut("proposals/{id:int}/pain-points/{painId:int}/note")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> ExplainPain(int id, int painId, PainNoteInput input, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.ExplainPainAsync(id, painId, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken),
            StatusCodes.Status200OK, cancellationToken);

    [HttpPost("proposals/{id:int}/options")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> AddOption(int id, AddOptionInput input, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.AddOptionAsync(id, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken),
            StatusCodes.Status201Created, cancellationToken);

    /// <summary>Renames an option and/or moves it one place (move: -1 or 1).</summary>
    [HttpPatch("proposals/{id:int}/options/{optionId:int}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> ChangeOption(int id, int optionId, ChangeOptionInput input, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.ChangeOptionAsync(id, optionId, new OptionChange(input.Name, input.Move, Delete: false), input.Version ?? Request.IfMatchVersion(), User.ActorId(), cancellationToken),
            StatusCodes.Status200OK, cancellationToken);

    [HttpDelete("proposals/{id:int}/options/{optionId:int}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> RemoveOption(int id, int optionId, [FromQuery] int? version, CancellationToken cancellationToken) =>
        await AfterAsync(id, await proposals.ChangeOptionAsync(id, optionId, new OptionChange(null, null, Delete: true), version ?? Request.IfMatchVersion(), User.ActorId(), cancellationToken),
            StatusCodes.Status200OK, cancellationToken);

    /// <summary>A workflow step (submit, approve, reject, send, won, lost, withdraw): the workflow table says who may take it and from where.</summary>
    [HttpPost("proposals/{id:int}/{stepCode}")]
    public async Task<IActionResult> Act(int id, string stepCode, [FromBody] WorkflowInput? input, CancellationToken cancellationToken)
    {
        if (ProposalWorkflow.Find(stepCode) is not { } step)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such action",
                detail: $"A proposal has no action '{stepCode}'; the actions are {string.Join(", ", ProposalWorkflow.Steps.Select(s => s.Code))}.");
        }
        if (!step.MayBeTakenBy(User.IsInRole))
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: $"“{step.Label}” is taken by {string.Join(" or ", step.Roles.Select(Roles.DisplayName))}.");
        }
        input ??= new WorkflowInput(null, null);
        var result = await proposals.ActAsync(id, step, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken);
        return await AfterAsync(id, result, StatusCodes.Status200OK, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, UseCaseResult result, int status, CancellationToken cancellationToken) =>
        result.Succeeded ? await AnswerAsync(id, status, cancellationToken) : result.Problem(Response);

    private async Task<IActionResult> AnswerAsync(int id, int status, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such proposal", detail: $"There is no proposal with the id {id}.");
        }
        Response.Headers.ETag = $"\"{read.Proposal.Version}\"";
        var body = ProposalResponse.From(read.Proposal, read.Options, Policies.CanSeeCosts(User));
        return status == StatusCodes.Status201Created ? Created($"/api/v1/proposals/{id}", body) : Ok(body);
    }
}
