using Configurator.Domain.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// Workflow steps from the builder's buttons and from the approval queue; the workflow table says who may
/// take each and from which state. From the queue, htmx gets the row back (decided, or with the refusal
/// next to the comment), a plain form the proposals page.
/// </summary>
public sealed class ProposalWorkflowController(ProposalService proposals, ApprovalQueue queue, BuilderPage page, ProposalPageWords words) : BuilderControllerBase(page)
{
    private const string FromQueue = "queue";

    [HttpPost("/proposals/{id:int}/actions/{stepCode}")]
    public async Task<IActionResult> Act(int id, string stepCode, string? comment, int version, int? option, string? from, CancellationToken cancellationToken)
    {
        if (ProposalWorkflow.Find(stepCode) is not { } step)
        {
            return NotFound();
        }
        if (!step.MayBeTakenBy(User.IsInRole))
        {
            return Forbid();
        }
        var result = await proposals.ActAsync(id, step, new WorkflowInput(comment, version) { OptionId = step.ChecksTheSolution ? option : null }, User.ActorId(), cancellationToken);
        if (from == FromQueue)
        {
            return await AnswerQueueAsync(id, step, result, comment, cancellationToken);
        }
        return result.Succeeded
            ? Redirect(BuilderUrls.Proposal(id, option))
            : await AnswerAsync(id, option, result, BuilderScope.Page, cancellationToken, new BuilderProblem("", []) { Step = step.Code, Comment = comment });
    }

    private async Task<IActionResult> AnswerQueueAsync(int id, WorkflowStep step, UseCaseResult result, string? comment, CancellationToken cancellationToken)
    {
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        var proposal = await proposals.LoadAsync(id, cancellationToken);
        if (!Request.IsHtmx())
        {
            if (!result.Succeeded)
            {
                TempData[QueueProblem.ProposalKey] = id;
                TempData[QueueProblem.MessageKey] = words.QueueRefusal(result, proposal);
                TempData[QueueProblem.CommentKey] = comment;
            }
            return Redirect(BuilderUrls.Queue());
        }
        if (result.Succeeded || await queue.RowAsync(id, Policies.CanSeeCosts(User), User.ActorId(), cancellationToken) is not { } row)
        {
            // Decided here, or by someone else meanwhile: the row says where the proposal stands now.
            return PartialView("_QueueDone", new QueueDecision(id, proposal?.Title ?? "", proposal?.Status ?? ProposalStatus.Draft, result.Succeeded ? null : words.QueueRefusal(result, proposal)));
        }
        Response.StatusCode = result.StatusCode();
        return PartialView("_QueueRow", row with { Problem = words.QueueRefusal(result, proposal), Comment = comment });
    }

}
