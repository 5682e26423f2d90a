using Configurator.Domain.Proposals;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Proposals;

/// <summary>Workflow steps from the builder's buttons; the workflow table says who may take each and from which state.</summary>
public sealed class ProposalWorkflowController(ProposalService proposals, BuilderPage page) : BuilderControllerBase(page)
{
    [HttpPost("/proposals/{id:int}/actions/{stepCode}")]
    public async Task<IActionResult> Act(int id, string stepCode, string? comment, int version, int? option, CancellationToken cancellationToken)
    {
        if (ProposalWorkflow.Find(stepCode) is not { } step)
        {
            return NotFound();
        }
        if (!step.MayBeTakenBy(User.IsInRole))
        {
            return Forbid();
        }
        var result = await proposals.ActAsync(id, step, new WorkflowInput(comment, version), User.ActorId(), cancellationToken);
        return result.Succeeded ? Redirect(BuilderUrls.Proposal(id, option)) : await AnswerAsync(id, option, result, BuilderScope.Page, cancellationToken);
    }
}
